package id.siapel.discipline.cases;

/**
 * What a case is about: the year's unexcused absence (PP 94/2021 Pasal 4 huruf f, counted
 * by SiApel), or another violation described by hand with its article.
 */
public enum ViolationKind {

	UNEXCUSED_ABSENCE, OTHER

}
