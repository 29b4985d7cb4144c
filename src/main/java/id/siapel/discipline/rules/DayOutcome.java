package id.siapel.discipline.rules;

/**
 * What one working day of one employee counts (PP 94/2021 Pasal 4 huruf f; Perban BKN
 * 6/2022): a full day of unexcused absence when both roll calls say TK; otherwise the
 * minutes of lateness and early leave, plus a fixed number of minutes for an unexcused
 * absence at only one of the two. A roll call that nobody submitted counts nothing.
 *
 * @param fullUnexcused TK at both roll calls
 * @param minutes minutes that accumulate towards days
 */
public record DayOutcome(boolean fullUnexcused, int minutes) {

	public static final DayOutcome NOTHING = new DayOutcome(false, 0);

	/**
	 * @param morning apel pagi, or {@code null} if no sheet was submitted
	 * @param evening apel sore, or {@code null} if no sheet was submitted
	 */
	public static DayOutcome of(SessionMark morning, SessionMark evening, CountingRules rules) {
		boolean morningTk = morning != null && morning.kind() == SessionMark.Kind.UNEXCUSED;
		boolean eveningTk = evening != null && evening.kind() == SessionMark.Kind.UNEXCUSED;
		if (morningTk && eveningTk) {
			return new DayOutcome(true, 0);
		}
		int minutes = 0;
		if (morningTk || eveningTk) {
			minutes += rules.singleSessionMinutes();
		}
		minutes += (morning != null && !morningTk) ? morning.minutes() : 0;
		minutes += (evening != null && !eveningTk) ? evening.minutes() : 0;
		return new DayOutcome(false, minutes);
	}

	public boolean countsSomething() {
		return this.fullUnexcused || this.minutes > 0;
	}

}
