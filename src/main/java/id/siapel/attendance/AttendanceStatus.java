package id.siapel.attendance;

/**
 * What an employee was at one roll call (product.md §2, Roll call). The short code is the
 * one printed on paper apel lists and in the monthly recap.
 */
public enum AttendanceStatus {

	PRESENT("H", Kind.PRESENT),
	/**
	 * Arrived late; minutes accumulate towards days (Perban BKN 6/2022). Morning only.
	 */
	LATE("T", Kind.PRESENT),
	/** Left early; minutes accumulate. Evening only. */
	EARLY_LEAVE("PC", Kind.PRESENT), PERMISSION("I", Kind.VALID_REASON), SICK("S", Kind.VALID_REASON),
	LEAVE("C", Kind.VALID_REASON), OFFICIAL_TRAVEL("DL", Kind.VALID_REASON), STUDY("TB", Kind.VALID_REASON),
	/**
	 * Dispensation or flexible work: "Masuk Kerja" is working in or outside the office
	 * (PP 94/2021 Pasal 1 angka 5).
	 */
	REMOTE("WFH", Kind.VALID_REASON),
	/** Tanpa keterangan: absent without a valid reason. */
	UNEXCUSED("TK", Kind.UNEXCUSED);

	private final String code;

	private final Kind kind;

	AttendanceStatus(String code, Kind kind) {
		this.code = code;
		this.kind = kind;
	}

	/** H, T, PC, I, S, C, DL, TB, WFH or TK. */
	public String code() {
		return this.code;
	}

	/** The status with this short code, if any. */
	public static java.util.Optional<AttendanceStatus> ofCode(String code) {
		for (AttendanceStatus status : values()) {
			if (status.code.equals(code)) {
				return java.util.Optional.of(status);
			}
		}
		return java.util.Optional.empty();
	}

	public Kind kind() {
		return this.kind;
	}

	public boolean isPresent() {
		return this.kind == Kind.PRESENT;
	}

	/** Lateness and early leave carry the minutes they lasted (1–480). */
	public boolean needsMinutes() {
		return this == LATE || this == EARLY_LEAVE;
	}

	/** Lateness belongs to the morning roll call, early leave to the evening one. */
	public boolean allowedIn(Session session) {
		return switch (this) {
			case LATE -> session == Session.MORNING;
			case EARLY_LEAVE -> session == Session.EVENING;
			default -> true;
		};
	}

	/** How a status counts. */
	public enum Kind {

		PRESENT, VALID_REASON, UNEXCUSED

	}

}
