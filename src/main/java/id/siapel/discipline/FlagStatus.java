package id.siapel.discipline;

/** The review state of a flag. */
public enum FlagStatus {

	OPEN, CONFIRMED, DISMISSED

}
