package id.siapel.discipline.rules;

/**
 * What counts of one roll call for discipline: whether the employee was there, had a
 * valid reason, or had none; and the minutes late or leaving early.
 *
 * @param kind present, valid reason, or unexcused
 * @param minutes minutes late (morning) or leaving early (evening), 0 if none
 */
public record SessionMark(Kind kind, int minutes) {

	public static final SessionMark UNEXCUSED = new SessionMark(Kind.UNEXCUSED, 0);

	public static final SessionMark PRESENT = new SessionMark(Kind.PRESENT, 0);

	public static final SessionMark EXCUSED = new SessionMark(Kind.VALID_REASON, 0);

	public static SessionMark late(int minutes) {
		return new SessionMark(Kind.PRESENT, minutes);
	}

	/** How a status counts. */
	public enum Kind {

		PRESENT, VALID_REASON, UNEXCUSED

	}

}
