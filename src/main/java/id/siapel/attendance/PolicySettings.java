package id.siapel.attendance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.siapel.security.CurrentUser;
import id.siapel.shared.AuditRecord;
import id.siapel.shared.NotFoundException;
import id.siapel.shared.RuleViolationException;
import id.siapel.shared.RuleViolationException.Problem;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roll-call policy a Perbup may set (the OPD head's edit window, when a session
 * opens, the longest leave a unit head registers) as versions with an effective date,
 * chosen by the sheet's day (for leave, by its first day). A version under which sheets
 * were already submitted stays as it is (a change is a new version); a future one may be
 * changed or deleted. The administrator changes it, audited; sheets read it on every
 * request, so a change applies at once.
 */
@Service
@RequiredArgsConstructor
public class PolicySettings {

	static final LocalDate FIRST = LocalDate.of(2000, 1, 1);

	static final LocalDate LAST = LocalDate.of(2100, 12, 31);

	/**
	 * The highest limit on a unit head's leave: five years less a day, the longest
	 * registration there is ({@link Leaves#MAX_YEARS}); the database checks the same.
	 */
	static final int HEAD_LEAVE_MAX_DAYS_LIMIT = 1826;

	private final JdbcClient jdbc;

	private final CurrentUser currentUser;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	@Transactional(readOnly = true)
	public List<PolicyVersion> versions() {
		List<PolicyVersion> rows = this.jdbc.sql("""
				select id, effective_from, edit_window_working_days, session_opens_minutes, head_leave_max_days, note,
				    coalesce(updated_by, created_by) as changed_by, version
				from attendance_policy order by effective_from""")
			.query((rs, n) -> new PolicyVersion(rs.getLong("id"), rs.getObject("effective_from", LocalDate.class),
					rs.getInt("edit_window_working_days"), rs.getInt("session_opens_minutes"),
					rs.getInt("head_leave_max_days"), rs.getString("note"), rs.getString("changed_by"),
					rs.getLong("version"), false, false, false, false))
			.list();
		LocalDate today = LocalDate.now(this.clock);
		List<PolicyVersion> versions = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			PolicyVersion row = rows.get(i);
			LocalDate next = (i + 1 < rows.size()) ? rows.get(i + 1).effectiveFrom() : null;
			boolean future = row.effectiveFrom().isAfter(today);
			boolean inForce = !future && (next == null || next.isAfter(today));
			boolean editable = future || !sheetsBetween(row.effectiveFrom(), next);
			versions.add(new PolicyVersion(row.id(), row.effectiveFrom(), row.editWindowWorkingDays(),
					row.sessionOpensMinutes(), row.headLeaveMaxDays(), row.note(), row.changedBy(), row.version(),
					future, inForce, editable, editable && i > 0));
		}
		return versions;
	}

	@Transactional(readOnly = true)
	public PolicyVersion version(long id) {
		return versions().stream()
			.filter((v) -> v.id() == id)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("attendance.policy.notFound", id));
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public long create(PolicyInput input) {
		check(input, null);
		long id = this.jdbc.sql("""
				insert into attendance_policy (effective_from, edit_window_working_days, session_opens_minutes,
				    head_leave_max_days, note, created_at, created_by)
				values (:from, :window, :opens, :headLeave, :note, :now, :user) returning id""")
			.param("from", input.effectiveFrom())
			.param("window", input.editWindowWorkingDays())
			.param("opens", input.sessionOpensMinutes())
			.param("headLeave", input.headLeaveMaxDays())
			.param("note", note(input))
			.param("now", Timestamp.from(this.clock.instant()))
			.param("user", this.currentUser.require().getUsername())
			.query(Long.class)
			.single();
		this.events.publishEvent(
				new AuditRecord("ATTENDANCE_POLICY_ADDED", input.effectiveFrom().toString(), describe(input)));
		return id;
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void change(long id, PolicyInput input, long expectedVersion) {
		PolicyVersion before = editable(id, expectedVersion);
		check(input, id);
		int updated = this.jdbc.sql("""
				update attendance_policy set effective_from = :from, edit_window_working_days = :window,
				    session_opens_minutes = :opens, head_leave_max_days = :headLeave, note = :note, updated_at = :now,
				    updated_by = :user, version = version + 1
				where id = :id and version = :version""")
			.param("from", input.effectiveFrom())
			.param("window", input.editWindowWorkingDays())
			.param("opens", input.sessionOpensMinutes())
			.param("headLeave", input.headLeaveMaxDays())
			.param("note", note(input))
			.param("now", Timestamp.from(this.clock.instant()))
			.param("user", this.currentUser.require().getUsername())
			.param("id", id)
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw new ObjectOptimisticLockingFailureException("attendance_policy", id);
		}
		this.events.publishEvent(new AuditRecord("ATTENDANCE_POLICY_CHANGED", input.effectiveFrom().toString(),
				describe(before) + " -> " + describe(input)));
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void delete(long id, long expectedVersion) {
		PolicyVersion before = editable(id, expectedVersion);
		if (!before.deletable()) {
			throw new RuleViolationException(null, "attendance.policy.first");
		}
		int deleted = this.jdbc.sql("delete from attendance_policy where id = :id and version = :version")
			.param("id", id)
			.param("version", expectedVersion)
			.update();
		if (deleted == 0) {
			throw new ObjectOptimisticLockingFailureException("attendance_policy", id);
		}
		this.events.publishEvent(
				new AuditRecord("ATTENDANCE_POLICY_DELETED", before.effectiveFrom().toString(), describe(before)));
	}

	private PolicyVersion editable(long id, long expectedVersion) {
		PolicyVersion version = version(id);
		if (version.version() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException("attendance_policy", id);
		}
		if (!version.editable()) {
			throw new RuleViolationException(null, "attendance.policy.locked", version.effectiveFrom());
		}
		return version;
	}

	/**
	 * Whether a sheet was submitted for a day in {@code [from, to)} ({@code to} null:
	 * open).
	 */
	private boolean sheetsBetween(LocalDate from, LocalDate to) {
		return this.jdbc.sql("select exists (select 1 from roll_call where day >= :from and day < :to)")
			.param("from", from)
			.param("to", (to != null) ? to : LocalDate.of(9999, 12, 31))
			.query(Boolean.class)
			.single();
	}

	private void check(PolicyInput input, Long self) {
		List<Problem> problems = new ArrayList<>();
		LocalDate from = input.effectiveFrom();
		if (from == null) {
			problems.add(new Problem("effectiveFrom", "attendance.policy.effectiveFrom.required"));
		}
		else if (from.isBefore(FIRST) || from.isAfter(LAST)) {
			problems.add(new Problem("effectiveFrom", "attendance.policy.effectiveFrom.range", FIRST.getYear(),
					LAST.getYear()));
		}
		else if (this.jdbc.sql("select id from attendance_policy where effective_from = :from")
			.param("from", from)
			.query(Long.class)
			.optional()
			.filter((other) -> !other.equals(self))
			.isPresent()) {
			problems.add(new Problem("effectiveFrom", "attendance.policy.effectiveFrom.duplicate", from));
		}
		else if (!from.isAfter(LocalDate.now(this.clock)) && !input.confirmPast()) {
			problems.add(new Problem("confirmPast", "attendance.policy.effectiveFrom.confirmPast", from));
		}
		if (input.editWindowWorkingDays() == null || input.editWindowWorkingDays() < 0
				|| input.editWindowWorkingDays() > 30) {
			problems.add(new Problem("editWindowWorkingDays", "attendance.policy.range", 0, 30));
		}
		if (input.sessionOpensMinutes() == null || input.sessionOpensMinutes() < 0
				|| input.sessionOpensMinutes() > 720) {
			problems.add(new Problem("sessionOpensMinutes", "attendance.policy.range", 0, 720));
		}
		if (input.headLeaveMaxDays() == null || input.headLeaveMaxDays() < 1
				|| input.headLeaveMaxDays() > HEAD_LEAVE_MAX_DAYS_LIMIT) {
			problems.add(new Problem("headLeaveMaxDays", "attendance.policy.range", 1, HEAD_LEAVE_MAX_DAYS_LIMIT));
		}
		if (input.note() != null && input.note().strip().length() > 500) {
			problems.add(new Problem("note", "attendance.policy.tooLong", 500));
		}
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems);
		}
	}

	private static String note(PolicyInput input) {
		return (input.note() == null || input.note().isBlank()) ? null : input.note().strip();
	}

	private static String describe(PolicyInput input) {
		return describe(input.effectiveFrom(), input.editWindowWorkingDays(), input.sessionOpensMinutes(),
				input.headLeaveMaxDays());
	}

	private static String describe(PolicyVersion version) {
		return describe(version.effectiveFrom(), version.editWindowWorkingDays(), version.sessionOpensMinutes(),
				version.headLeaveMaxDays());
	}

	private static String describe(LocalDate from, int window, int opens, int headLeave) {
		return "from " + from + ": edit window " + window + " working day(s), sessions open " + opens
				+ " min before apel, unit heads register leave of at most " + headLeave + " day(s)";
	}

}
