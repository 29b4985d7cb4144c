package id.siapel.report.recap;

/** The rows of a recap: one per OPD, or one per employee. */
public enum RecapLevel {

	OPD, EMPLOYEE

}
