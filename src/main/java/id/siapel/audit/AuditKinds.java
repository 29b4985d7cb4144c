package id.siapel.audit;

import java.util.List;
import java.util.stream.Stream;

/**
 * Every kind of event the application writes to the audit trail: the names of logins and
 * logouts ({@link AuditTrail}) and the actions modules announce with an
 * {@link id.siapel.shared.AuditRecord}. Each has a description {@code audit.kind.<name>}
 * in the message bundles (AuditKindsTests checks both, and that every action written in
 * the code is listed here). The kind filter offers them in this order.
 */
final class AuditKinds {

	/**
	 * The steps of a sanction case ({@code CASE_} + {@code CaseStatus}) and the reviews
	 * of a flag ({@code FLAG_} + {@code FlagStatus}), which their modules name from the
	 * enum.
	 */
	static final List<String> CASE_STEPS = List.of("PROPOSED", "SUMMONED", "EXAMINED", "DECIDED", "DELIVERED",
			"COMPLETED", "CANCELLED");

	static final List<String> FLAG_REVIEWS = List.of("OPEN", "CONFIRMED", "DISMISSED");

	static final List<String> ALL = Stream.of(
			List.of("LOGIN", "LOGIN_FAILED", "LOGOUT", "USER_CREATED", "USER_CHANGED", "PASSWORD_RESET",
					"PASSWORD_CHANGED", "TOTP_ENABLED", "TOTP_DISABLED", "TOTP_RESET", "ROLL_CALL_SUBMITTED",
					"ROLL_CALL_CHANGED", "ROLL_CALL_CANCELLED", "ROLL_CALL_RESTORED", "LEAVE_REGISTERED",
					"LEAVE_CANCELLED", "ATTENDANCE_POLICY_ADDED", "ATTENDANCE_POLICY_CHANGED",
					"ATTENDANCE_POLICY_DELETED", "INSPECTION_RECORDED", "INSPECTION_EVIDENCE_ADDED", "CASE_OPENED"),
			CASE_STEPS.stream().map((step) -> "CASE_" + step).toList(), List.of("CASE_RESTORED", "CASE_SUPERSEDED"),
			FLAG_REVIEWS.stream().map((review) -> "FLAG_" + review).toList(),
			List.of("DISCIPLINE_RULES_ADDED", "DISCIPLINE_RULES_CHANGED", "DISCIPLINE_RULES_DELETED",
					"SANCTION_LADDER_ADDED", "SANCTION_LADDER_CHANGED", "SANCTION_LADDER_DELETED",
					"SANCTION_LIST_PRINTED", "NO_SANCTION_STATEMENT_PRINTED", "DOCUMENT_REVOKED",
					"PERSONAL_DATA_EXPORTED", "EMPLOYEE_CREATED", "EMPLOYEE_CHANGED", "EMPLOYEE_TRANSFERRED",
					"EMPLOYEE_LEFT", "EMPLOYEES_IMPORTED", "EMPLOYEES_LOADED", "UNIT_CREATED", "UNIT_CHANGED",
					"UNIT_HEAD_SET", "UNITS_LOADED", "UNIT_HEADS_SET", "CALENDAR_DAY_ADDED", "CALENDAR_DAY_CHANGED",
					"CALENDAR_DAY_DELETED", "CALENDAR_IMPORTED", "MONITORING_PERIOD_CREATED",
					"MONITORING_PERIOD_CHANGED", "MONITORING_PERIOD_DELETED", "MONITORING_PERIODS_FROM_TEMPLATE",
					"WORKING_HOURS_ADDED", "WORKING_HOURS_CHANGED", "WORKING_HOURS_DELETED", "RAMADAN_PERIOD_ADDED",
					"RAMADAN_PERIOD_CHANGED", "RAMADAN_PERIOD_DELETED", "PEMDA_PROFILE_CHANGED", "PEMDA_LOGO_CHANGED"))
		.flatMap(List::stream)
		.toList();

	private AuditKinds() {
	}

}
