package id.siapel.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalInt;

import id.siapel.calendar.UnitCalendar;
import id.siapel.calendar.WorkCalendars;
import id.siapel.employee.EmployeeDirectory;
import id.siapel.employee.EmployeeDirectory.AssignmentSpan;
import id.siapel.employee.NipRules;
import id.siapel.organization.UnitScope;
import id.siapel.organization.UnitScopes;
import id.siapel.organization.UnitTree;
import id.siapel.organization.Units;
import id.siapel.security.CurrentUser;
import id.siapel.security.Role;
import id.siapel.security.SiapelUser;
import id.siapel.shared.AuditRecord;
import id.siapel.shared.NotFoundException;
import id.siapel.shared.RuleViolationException;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registered leave, official travel, study, permission and sickness (HR and ADMIN; a unit
 * head for their own staff on every day of it, up to the policy's length, while the
 * sheets of those days are still open to them). A registration prefills every sheet of
 * its days; on days already submitted it replaces the prefilled values, never what a
 * person marked.
 */
@Service
@RequiredArgsConstructor
public class Leaves {

	/**
	 * Longer absences (tugas belajar, CLTN) are registered again when they are extended.
	 */
	static final int MAX_YEARS = 5;

	private final LeavePeriodRepository leaves;

	private final LeaveQueries queries;

	private final RollCallStore store;

	private final EmployeeDirectory employees;

	private final Units units;

	private final UnitScopes scopes;

	private final WorkCalendars calendars;

	private final CurrentUser currentUser;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	@Transactional
	@PreAuthorize("hasAnyRole('HR', 'ADMIN', 'UNIT_HEAD')")
	public LeaveView register(RegisterLeave command) {
		if (command.nip() == null || command.nip().isBlank()) {
			throw new RuleViolationException("nip", "leave.nip.required");
		}
		if (command.type() == null) {
			throw new RuleViolationException("type", "leave.type.required");
		}
		if (command.startDate() == null) {
			throw new RuleViolationException("startDate", "leave.start.required");
		}
		if (command.endDate() == null) {
			throw new RuleViolationException("endDate", "leave.end.required");
		}
		if (command.endDate().isBefore(command.startDate())) {
			throw new RuleViolationException("endDate", "leave.range.reversed");
		}
		if (ChronoUnit.YEARS.between(command.startDate(), command.endDate()) >= MAX_YEARS) {
			throw new RuleViolationException("endDate", "leave.range.tooLong", MAX_YEARS);
		}
		String reference = (command.reference() == null || command.reference().isBlank()) ? null
				: command.reference().strip();
		if (reference != null && reference.length() > 200) {
			throw new RuleViolationException("reference", "leave.reference.tooLong", 200);
		}
		String nip = NipRules.normalize(command.nip());
		Long employeeId = this.employees.idsOf(List.of(nip)).get(nip);
		if (employeeId == null) {
			throw new RuleViolationException("nip", "employee.unknown", nip);
		}
		SiapelUser user = this.currentUser.require();
		boolean head = !user.hasAnyRole(Role.HR, Role.ADMIN);
		UnitScope scope = this.scopes.current();
		if (head) {
			checkHeadsRange(scope, employeeId, command.startDate(), command.endDate());
		}
		long unitId = this.employees.unitOn(nip, command.startDate())
			.orElseThrow(() -> new RuleViolationException("startDate", "leave.employee.notAssigned", nip));
		scope.require(unitId);
		if (head) {
			refuseClosedDays(unitId, command.startDate());
		}
		// Before the overlap check and the submitted records are read: a sheet or another
		// registration for the same person saving at once runs before or after this one.
		this.employees.lockForAttendance(List.of(employeeId));
		List<LeavePeriod> overlapping = this.leaves.overlapping(employeeId, command.startDate(), command.endDate());
		if (!overlapping.isEmpty()) {
			LeavePeriod other = overlapping.get(0);
			throw new RuleViolationException("startDate", "leave.overlap", other.getStartDate(), other.getEndDate());
		}
		LeavePeriod leave = this.leaves.save(LeavePeriod.register(employeeId, command.type(), command.startDate(),
				command.endDate(), reference, this.clock.instant(), user.getUsername()));
		String why = "leave " + command.type() + ((reference != null) ? " " + reference : "");
		List<RecordChange> changed = this.store.applyLeave(employeeId, command.startDate(), command.endDate(),
				command.type().status(), this.clock.instant(), user.getUsername(), why);
		if (!changed.isEmpty()) {
			this.events.publishEvent(new AttendanceRecorded(unitId, changed));
		}
		this.events.publishEvent(new AuditRecord("LEAVE_REGISTERED", nip,
				command.type() + " " + command.startDate() + ".." + command.endDate()
						+ ((reference != null) ? " (" + reference + ")" : "") + "; " + changed.size()
						+ " submitted record(s) updated"));
		UnitTree tree = this.units.tree();
		return new LeaveView(leave.getId(), nip, this.employees.displayNames(List.of(employeeId)).get(employeeId),
				tree.byId(unitId).orElseThrow().code(), leave.getType(), leave.getStartDate(), leave.getEndDate(),
				leave.getReference(), leave.getCreatedAt(), leave.getCreatedBy(), changed.size(), leave.getVersion());
	}

	/**
	 * Removes a registration that no submitted record took its value from (a mistaken or
	 * cancelled leave not yet used); a used one is corrected on the sheets.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	public void cancel(long id, long expectedVersion) {
		LeavePeriod leave = this.leaves.findById(id).orElseThrow(() -> new NotFoundException("leave.notFound", id));
		// A sheet saving at once either prefilled from this registration before (and the
		// check below sees it) or reads it as cancelled.
		this.employees.lockForAttendance(List.of(leave.getEmployeeId()));
		if (leave.getVersion() != expectedVersion) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(LeavePeriod.class, id);
		}
		if (this.store.hasLeaveRecords(leave.getEmployeeId(), leave.getStartDate(), leave.getEndDate())) {
			throw new RuleViolationException(null, "leave.cancel.used");
		}
		this.leaves.delete(leave);
		this.events.publishEvent(new AuditRecord("LEAVE_CANCELLED", String.valueOf(id),
				leave.getType() + " " + leave.getStartDate() + ".." + leave.getEndDate()));
	}

	/**
	 * Registrations of the reader's scope overlapping a range, newest start first; one
	 * page, plus one more line when there is a next page.
	 */
	@Transactional(readOnly = true)
	public List<LeaveView> list(String unitCode, LocalDate from, LocalDate to, int page, int size) {
		UnitTree tree = this.units.tree();
		var scope = this.scopes.current();
		java.util.Set<Long> unitIds;
		if (unitCode != null && !unitCode.isBlank()) {
			var unit = this.units.visible(unitCode);
			unitIds = tree.subtreeIds(unit.id());
		}
		else {
			unitIds = scope.all() ? null : scope.unitIds();
		}
		return this.queries.overlapping(unitIds, from, to, size + 1, (long) page * size, tree);
	}

	/**
	 * The longest leave the acting user may register when they register as a unit head
	 * (not HR or ADMIN), in calendar days, by the policy in force on the day; empty for
	 * HR and ADMIN.
	 */
	@Transactional(readOnly = true)
	public OptionalInt headLimitOn(LocalDate day) {
		SiapelUser user = this.currentUser.require();
		if (user.hasAnyRole(Role.HR, Role.ADMIN) || !user.hasRole(Role.UNIT_HEAD)) {
			return OptionalInt.empty();
		}
		return OptionalInt.of(this.store.policyOn(day).headLeaveMaxDays());
	}

	/**
	 * A unit head registers leave for their own staff only, for every day of it (someone
	 * transferred to another OPD, or who left, is no longer theirs to excuse), and no
	 * longer than the policy in force on its first day allows; longer leave, and leave
	 * beyond a transfer, is registered by BKPSDM. Someone who is not the head's staff on
	 * any day of the range is refused as outside the scope (403), as before.
	 */
	private void checkHeadsRange(UnitScope scope, long employeeId, LocalDate start, LocalDate end) {
		List<AssignmentSpan> spans = this.employees.assignmentsOf(employeeId, start, end);
		if (spans.stream().noneMatch((span) -> scope.includes(span.unitId()))) {
			throw new AccessDeniedException("Employee " + employeeId + " is not the unit head's staff in the range");
		}
		int limit = this.store.policyOn(start).headLeaveMaxDays();
		long days = ChronoUnit.DAYS.between(start, end) + 1;
		if (days > limit) {
			throw new RuleViolationException("endDate", "leave.range.headLimit", limit, days);
		}
		LocalDate outside = firstDayOutside(spans, scope, start, end);
		if (outside != null) {
			String name = this.employees.displayNames(List.of(employeeId)).get(employeeId);
			if (outside.equals(start)) {
				throw new RuleViolationException("startDate", "leave.scope.notYet", name, start);
			}
			throw new RuleViolationException("endDate", "leave.scope.leaves", name, outside, outside.minusDays(1));
		}
	}

	/**
	 * The first day of {@code [start, end]} on which the employee belongs to no unit of
	 * the scope, or {@code null} when they belong to one on every day.
	 * @param spans the employee's assignments overlapping the range, oldest first; they
	 * never share a day
	 */
	static LocalDate firstDayOutside(List<AssignmentSpan> spans, UnitScope scope, LocalDate start, LocalDate end) {
		LocalDate day = start;
		for (AssignmentSpan span : spans) {
			if (!span.covers(day)) {
				if (span.from() != null && span.from().isAfter(day)) {
					return day;
				}
				continue;
			}
			if (!scope.includes(span.unitId())) {
				return day;
			}
			if (span.to() == null || span.to().isAfter(end)) {
				return null;
			}
			day = span.to();
		}
		return day;
	}

	/** A unit head may not reach back into days whose sheets are closed to them. */
	private void refuseClosedDays(long unitId, LocalDate start) {
		UnitCalendar calendar = this.calendars.current().forUnit(unitId);
		ZonedDateTime now = ZonedDateTime.now(this.clock);
		AttendancePolicy policy = this.store.policyOn(start);
		if (!now.toInstant().isBefore(SheetRules.windowClosesAt(start, calendar, policy, now))) {
			throw new AccessDeniedException("The sheets of " + start + " are closed to unit heads");
		}
	}

}
