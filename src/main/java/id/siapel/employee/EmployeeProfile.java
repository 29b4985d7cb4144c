package id.siapel.employee;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the profile page shows about an employee.
 *
 * @param nip identity number
 * @param name name parts
 * @param sex sex
 * @param employmentType type
 * @param rank golongan
 * @param position current position
 * @param positionKind kind of position
 * @param echelon eselon
 * @param serviceStart TMT
 * @param status status today
 * @param statusSince since when (departures)
 * @param unitCode current unit
 * @param unitPath names from the OPD down to the unit
 * @param assignments unit history, oldest first
 * @param departures dated status changes
 * @param version optimistic-lock version for the edit form
 */
public record EmployeeProfile(String nip, PersonName name, Sex sex, EmploymentType employmentType, String rank,
		String position, PositionKind positionKind, Echelon echelon, LocalDate serviceStart, EmployeeStatus status,
		LocalDate statusSince, String unitCode, List<String> unitPath, List<AssignmentLine> assignments,
		List<DepartureLine> departures, long version) {

	public String displayName() {
		return this.name.display();
	}

	/**
	 * One period in one unit: [from, to), and where it stands today: a transfer dated
	 * later is planned, not yet in force.
	 */
	public record AssignmentLine(LocalDate from, LocalDate to, String unitCode, String unitName, String position,
			String decreeNumber, String reason, Timing timing) {

		/** Starts after today (a transfer with a TMT still to come). */
		public boolean planned() {
			return this.timing == Timing.PLANNED;
		}

		/** In force today. */
		public boolean current() {
			return this.timing == Timing.CURRENT;
		}

		/** The last day in the unit (the day before {@code to}), for display. */
		public LocalDate lastDay() {
			return (this.to != null) ? this.to.minusDays(1) : null;
		}

	}

	/** Where an assignment stands on the day the profile is read. */
	public enum Timing {

		PAST, CURRENT, PLANNED;

		static Timing on(LocalDate day, LocalDate from, LocalDate to) {
			if (from != null && from.isAfter(day)) {
				return PLANNED;
			}
			return (to != null && !to.isAfter(day)) ? PAST : CURRENT;
		}

	}

	/** A departure. */
	public record DepartureLine(EmployeeStatus status, LocalDate effectiveDate, String decreeNumber, String note) {
	}

}
