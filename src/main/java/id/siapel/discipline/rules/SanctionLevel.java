package id.siapel.discipline.rules;

/** Tingkat hukuman disiplin (PP 94/2021 Pasal 8). */
public enum SanctionLevel {

	NONE, LIGHT, MODERATE, SEVERE

}
