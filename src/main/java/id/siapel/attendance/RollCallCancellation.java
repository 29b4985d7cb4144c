package id.siapel.attendance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import id.siapel.attendance.RollCallSheet.Access;
import id.siapel.attendance.RollCallStore.SheetRow;
import id.siapel.employee.RosterEntry;
import id.siapel.organization.UnitView;
import id.siapel.security.CurrentUser;
import id.siapel.shared.AuditRecord;
import id.siapel.shared.RuleViolationException;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Apel ditiadakan" (issue 12): HR or the OPD head records that a unit's apel did not
 * take place (heavy rain, a regency ceremony, a disaster) and why. The cancellation
 * covers the unit and every unit below it; the records of their people for that session
 * are removed (each removal kept in the change history), so that nobody is counted absent
 * for an apel that was not held: a TK at the other session of the day counts as one
 * session (PP 94/2021 with Perban BKN 6/2022, see {@code DayOutcome}), not a full day.
 * <p>
 * Who may cancel, and until when, is who may change the sheet ({@link SheetRules}): the
 * unit head within scope until the edit window closes, HR and ADMIN at any time (the
 * cancellation's reason is the correction's reason). The sheet's version is checked and
 * moved on as for a save, and the same locks are taken as a save takes, in the same
 * order: the people on the sheet ({@code RollCalls.loadForWrite}, before their records
 * and the cancellations are read), then the sheets above and below it. A save of the same
 * people runs before the cancellation (whose records it then removes) or after it (and is
 * refused, or leaves the cancelled sub-unit's people out).
 */
@Service
@RequiredArgsConstructor
public class RollCallCancellation {

	static final int REASON_MAX = 500;

	private final RollCalls rollCalls;

	private final RollCallStore store;

	private final CancellationStore cancellations;

	private final CurrentUser currentUser;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** Cancels the apel of the unit and the units below it; returns the sheet. */
	@Transactional
	public RollCallSheet cancel(CancelRollCall command) {
		SheetContext context = this.rollCalls.loadForWrite(command.unitCode(), command.date(), command.session());
		refuseUnlessOpen(context, this.rollCalls.rulesAccess(context));
		String reason = reason(command.reason(), "rollCall.cancel.reason.required");
		String by = this.currentUser.require().getUsername();
		Instant now = this.clock.instant();
		List<SheetRow> locked = lockRelated(context);
		SheetRow own = own(context, locked);
		long expected = checkVersion(context, command.version(), own);
		// Read again under the lock: cancelled here or above, by now.
		CancelledRollCall covering = new CancelledRollCalls(
				this.cancellations.cancelled(pathOf(context), context.date, context.session))
			.covering(context.unit.id(), context.date, context.session, context.tree)
			.orElse(null);
		if (covering != null) {
			throw new RuleViolationException("session", "rollCall.cancel.already", unitName(context, covering));
		}
		long sheetId = this.cancellations
			.cancel(context.unit.id(), context.date, context.session, expected, now, by, reason)
			.orElseThrow(() -> new ObjectOptimisticLockingFailureException("roll_call", context.unit.code()));
		List<Long> others = locked.stream().filter((row) -> row != own).map(SheetRow::id).toList();
		if (!others.isEmpty()) {
			this.store.touchSheets(-1, others, now, by);
		}
		Set<Long> subtree = context.subtree();
		this.cancellations.unsubmit(locked.stream()
			.filter((row) -> row != own && subtree.contains(row.unitId()))
			.map(SheetRow::id)
			.toList());
		List<Long> people = context.roster.stream().map(RosterEntry::employeeId).toList();
		List<RecordChange> removed = this.cancellations.removeRecords(sheetId, context.date, context.session, subtree,
				people, now, by, reason);
		if (!removed.isEmpty()) {
			this.events.publishEvent(new AttendanceRecorded(context.unit.id(), removed));
		}
		this.events
			.publishEvent(new RollCallCancellationChanged(context.unit.id(), context.date, context.session, true));
		this.events.publishEvent(new AuditRecord("ROLL_CALL_CANCELLED", subject(context),
				"reason: " + reason + "; " + removed.size() + " record(s) removed", context.unit.code()));
		return reloaded(command);
	}

	/**
	 * Withdraws the cancellation of the unit's apel: the sheet is open again and not
	 * submitted, to be marked anew. Only where it was cancelled: a sub-unit covered by
	 * its OPD's cancellation is restored by restoring the OPD's.
	 */
	@Transactional
	public RollCallSheet restore(CancelRollCall command) {
		SheetContext context = this.rollCalls.loadForWrite(command.unitCode(), command.date(), command.session());
		Access access = this.rollCalls.rulesAccess(context);
		refuseUnlessOpen(context, access);
		String reason = reason(command.reason(), access.reasonRequired() ? "rollCall.reason.required" : null);
		CancelledRollCall covering = context.cancellations.covering();
		if (covering == null) {
			throw new RuleViolationException("session", "rollCall.restore.notCancelled");
		}
		if (covering.unitId() != context.unit.id()) {
			throw new RuleViolationException("session", "rollCall.restore.elsewhere", unitName(context, covering));
		}
		String by = this.currentUser.require().getUsername();
		Instant now = this.clock.instant();
		List<SheetRow> locked = lockRelated(context);
		SheetRow own = own(context, locked);
		long expected = checkVersion(context, command.version(), own);
		if (own == null || !this.cancellations.restore(own.id(), expected, now, by)) {
			throw new ObjectOptimisticLockingFailureException("roll_call", context.unit.code());
		}
		List<Long> others = locked.stream().filter((row) -> row != own).map(SheetRow::id).toList();
		if (!others.isEmpty()) {
			this.store.touchSheets(-1, others, now, by);
		}
		this.events
			.publishEvent(new RollCallCancellationChanged(context.unit.id(), context.date, context.session, false));
		this.events.publishEvent(
				new AuditRecord("ROLL_CALL_RESTORED", subject(context),
						"cancelled " + covering.cancelledAt() + " by " + covering.cancelledBy() + " ("
								+ covering.reason() + ")" + ((reason != null) ? "; reason: " + reason : ""),
						context.unit.code()));
		return reloaded(command);
	}

	/**
	 * The cancelled roll calls of every unit from {@code from} to {@code to} (one query),
	 * for readers that count per unit and session (the compliance board,
	 * {@code ROLL_CALL_MISSING}).
	 */
	@Transactional(readOnly = true)
	public CancelledRollCalls between(LocalDate from, LocalDate to) {
		return new CancelledRollCalls(this.cancellations.cancelledBetween(from, to));
	}

	/**
	 * The same answers as a save of the sheet gives ({@code RollCallMarking}): a
	 * cancellation is a change of the sheet.
	 */
	private static void refuseUnlessOpen(SheetContext context, Access access) {
		switch (access.state()) {
			case NON_WORKING -> {
				List<String> names = context.unitCalendar().day(context.date).names();
				throw names.isEmpty() ? new RuleViolationException("date", "rollCall.nonWorking.weekend")
						: new RuleViolationException("date", "rollCall.nonWorking", String.join(", ", names));
			}
			case FUTURE -> throw new RuleViolationException("date", "rollCall.future");
			case NOT_STARTED -> throw new RuleViolationException("session", "rollCall.notStarted");
			case WINDOW_CLOSED -> throw new AccessDeniedException("The edit window of this sheet has closed");
			case READ_ONLY -> throw new AccessDeniedException("Read-only role");
			case OPEN, CANCELLED -> {
			}
		}
	}

	/**
	 * @param requiredKey the message when a reason is required and missing, else null
	 */
	private static String reason(String given, String requiredKey) {
		String reason = (given != null && !given.isBlank()) ? given.strip() : null;
		if (requiredKey != null && reason == null) {
			throw new RuleViolationException("reason", requiredKey);
		}
		if (reason != null && reason.length() > REASON_MAX) {
			throw new RuleViolationException("reason", "rollCall.reason.tooLong", REASON_MAX);
		}
		return reason;
	}

	/**
	 * Locks the sheet and the sheets above and below it that share its people, as a save
	 * does after locking the people themselves.
	 */
	private List<SheetRow> lockRelated(SheetContext context) {
		Set<Long> related = new HashSet<>(context.subtree());
		related.addAll(pathOf(context));
		return this.store.lockSheets(related, context.date, context.session);
	}

	private static List<Long> pathOf(SheetContext context) {
		return context.tree.path(context.unit.id()).stream().map(UnitView::id).toList();
	}

	private static SheetRow own(SheetContext context, List<SheetRow> locked) {
		return locked.stream().filter((row) -> row.unitId() == context.unit.id()).findFirst().orElse(null);
	}

	/** The version the client saw must be the current one (0: no sheet yet). */
	private static long checkVersion(SheetContext context, Long expected, SheetRow own) {
		long current = (own != null) ? own.version() : 0;
		if (expected != null && expected != current) {
			throw new ObjectOptimisticLockingFailureException("roll_call", context.unit.code());
		}
		return current;
	}

	private RollCallSheet reloaded(CancelRollCall command) {
		SheetContext context = this.rollCalls.load(command.unitCode(), command.date(), command.session());
		return this.rollCalls.view(context,
				this.store.sheet(context.unit.id(), context.date, context.session).orElse(null));
	}

	private static String unitName(SheetContext context, CancelledRollCall cancelled) {
		return context.tree.byId(cancelled.unitId()).map(UnitView::name).orElse("?");
	}

	private static String subject(SheetContext context) {
		return context.unit.code() + " " + DateTimeFormatter.ISO_LOCAL_DATE.format(context.date) + " "
				+ context.session;
	}

}
