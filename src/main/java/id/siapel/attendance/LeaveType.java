package id.siapel.attendance;

/**
 * Registered absences (api.md, Leave). The cuti types are those of PP 11/2017 as amended
 * (tahunan, sakit, melahirkan, alasan penting, besar, di luar tanggungan negara).
 */
public enum LeaveType {

	ANNUAL_LEAVE(AttendanceStatus.LEAVE), SICK_LEAVE(AttendanceStatus.LEAVE), MATERNITY_LEAVE(AttendanceStatus.LEAVE),
	IMPORTANT_REASON_LEAVE(AttendanceStatus.LEAVE), LONG_SERVICE_LEAVE(AttendanceStatus.LEAVE),
	UNPAID_LEAVE(AttendanceStatus.LEAVE), PERMISSION(AttendanceStatus.PERMISSION), SICK(AttendanceStatus.SICK),
	OFFICIAL_TRAVEL(AttendanceStatus.OFFICIAL_TRAVEL), STUDY(AttendanceStatus.STUDY);

	private final AttendanceStatus status;

	LeaveType(AttendanceStatus status) {
		this.status = status;
	}

	/** The status this absence prefills on the sheets of its days. */
	public AttendanceStatus status() {
		return this.status;
	}

}
