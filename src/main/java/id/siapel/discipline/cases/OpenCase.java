package id.siapel.discipline.cases;

/**
 * Opening a case (api.md, {@code POST /api/v1/cases}).
 *
 * @param nip the employee
 * @param year the year of the violation, {@code null} for this year
 * @param violation {@code UNEXCUSED_ABSENCE}, or a description of another violation
 * @param article the article violated (another violation)
 * @param sanction the proposed sanction code; for absence, {@code null} takes the current
 * recommendation
 * @param openedOn the day the case was opened, {@code null} for today (a case begun on
 * paper before it is recorded)
 */
public record OpenCase(String nip, Integer year, String violation, String article, String sanction,
		java.time.LocalDate openedOn) {

	public OpenCase(String nip, Integer year, String violation, String article, String sanction) {
		this(nip, year, violation, article, sanction, null);
	}

	public static final String UNEXCUSED_ABSENCE = "UNEXCUSED_ABSENCE";

	public boolean isAbsence() {
		return this.violation != null
				&& UNEXCUSED_ABSENCE.equals(this.violation.strip().toUpperCase(java.util.Locale.ROOT));
	}

}
