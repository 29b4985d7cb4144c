package id.siapel.attendance;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.siapel.attendance.RollCallSheet.Access;
import id.siapel.attendance.RollCallSheet.Entry;
import id.siapel.attendance.RollCallStore.ChangeLine;
import id.siapel.attendance.RollCallStore.RecordWrite;
import id.siapel.attendance.RollCallStore.SheetRow;
import id.siapel.attendance.RollCallStore.StoredRecord;
import id.siapel.attendance.SubmitRollCall.Mark;
import id.siapel.employee.NipRules;
import id.siapel.employee.RosterEntry;
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
 * Submitting and correcting a sheet: the rules of {@link SheetRules}, the version check,
 * the marks checked line by line, then one statement for the records, one for the change
 * history, whatever the size of the sheet.
 */
@Service
@RequiredArgsConstructor
public class RollCallMarking {

	private final RollCalls rollCalls;

	private final RollCallStore store;

	private final CurrentUser currentUser;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	@Transactional
	public RollCallSheet submit(SubmitRollCall command) {
		SheetContext context = this.rollCalls.loadForWrite(command.unitCode(), command.date(), command.session());
		if (command.key() != null && alreadyApplied(command, context)) {
			return this.rollCalls.view(context,
					this.store.sheet(context.unit.id(), context.date, context.session).orElse(null));
		}
		Access access = this.rollCalls.access(context);
		refuseIfClosed(context, access);
		String reason = (command.reason() != null && !command.reason().isBlank()) ? command.reason().strip() : null;
		if (access.reasonRequired() && reason == null) {
			throw new RuleViolationException("reason", "rollCall.reason.required");
		}
		if (reason != null && reason.length() > 500) {
			throw new RuleViolationException("reason", "rollCall.reason.tooLong", 500);
		}
		Map<String, RosterEntry> byNip = context.roster.stream()
			.collect(Collectors.toMap(RosterEntry::nip, Function.identity()));
		List<Mark> marks = validated(command.marks(), byNip, context.session);

		String by = this.currentUser.require().getUsername();
		Instant now = this.clock.instant();
		LockedSheet sheet = lockAndCheckVersion(context, command.version(), now, by);
		long sheetId = sheet.id();

		Map<Long, Mark> applied = changedMarks(context, marks, byNip);
		List<RecordWrite> writes = new ArrayList<>();
		List<ChangeLine> changeLines = new ArrayList<>();
		List<RecordChange> recorded = new ArrayList<>();
		for (RosterEntry person : context.roster) {
			StoredRecord stored = context.stored.get(person.employeeId());
			Entry current = context.entry(person);
			Mark mark = applied.get(person.employeeId());
			if (mark == null && stored != null) {
				continue;
			}
			Entry next = (mark != null) ? new Entry(person.employeeId(), person.nip(), person.displayName(),
					person.position(), person.unitId(), mark.status(), mark.minutes(), mark.note(), EntrySource.MARKED)
					: current;
			writes.add(new RecordWrite(person.employeeId(), person.unitId(), next.status(), next.minutes(), next.note(),
					next.source()));
			recorded.add(new RecordChange(person.employeeId(), person.unitId(), context.date, context.session,
					(stored != null) ? stored.status() : null, (stored != null) ? stored.minutes() : null,
					next.status(), next.minutes()));
			if (mark != null) {
				changeLines.add(new ChangeLine(person.employeeId(), current.status(), current.minutes(), current.note(),
						current.source(), next.status(), next.minutes(), next.note()));
			}
		}
		this.store.upsert(sheetId, context.date, context.session, writes, now);
		this.store.insertChanges(sheetId, context.date, context.session, changeLines, now, by, reason);
		if (!recorded.isEmpty()) {
			this.events.publishEvent(new AttendanceRecorded(context.unit.id(), List.copyOf(recorded)));
		}
		this.events.publishEvent(new AuditRecord(sheet.created() ? "ROLL_CALL_SUBMITTED" : "ROLL_CALL_CHANGED",
				context.unit.code() + " " + DateTimeFormatter.ISO_LOCAL_DATE.format(context.date) + " "
						+ context.session,
				changeLines.size() + " change(s), " + writes.size() + " record(s) written"
						+ ((reason != null) ? "; reason: " + reason : ""),
				context.unit.code()));
		return this.rollCalls.view(reloaded(context),
				this.store.sheet(context.unit.id(), context.date, context.session).orElseThrow());
	}

	/**
	 * Whether this submission's key was already applied (a retry after a lost answer):
	 * then nothing is written again and the sheet is answered as it stands. A key used
	 * for another sheet or by another user is refused.
	 */
	private boolean alreadyApplied(SubmitRollCall command, SheetContext context) {
		String by = this.currentUser.require().getUsername();
		if (this.store.claimSubmission(command.key(), context.unit.id(), context.date, context.session, by,
				this.clock.instant())) {
			return false;
		}
		if (!this.store.submittedWith(command.key(), context.unit.id(), context.date, context.session, by)) {
			throw new RuleViolationException("key", "rollCall.key.reused");
		}
		return true;
	}

	private static void refuseIfClosed(SheetContext context, Access access) {
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
			case CANCELLED -> throw new RuleViolationException("session", "rollCall.cancelled.refused");
			case OPEN -> {
			}
		}
	}

	/** Checks every mark; all problems at once, each naming its line. */
	private static List<Mark> validated(List<Mark> marks, Map<String, RosterEntry> byNip, Session session) {
		List<RuleViolationException.Problem> problems = new ArrayList<>();
		List<Mark> valid = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		List<Mark> given = (marks != null) ? marks : List.of();
		for (int i = 0; i < given.size(); i++) {
			Mark mark = given.get(i);
			String field = "records[" + i + "]";
			String nip = (mark == null || mark.nip() == null) ? "" : NipRules.normalize(mark.nip());
			RosterEntry person = byNip.get(nip);
			if (person == null) {
				problems.add(new RuleViolationException.Problem(field + ".nip", "rollCall.employee.notOnSheet", nip));
				continue;
			}
			if (!seen.add(nip)) {
				problems.add(new RuleViolationException.Problem(field + ".nip", "rollCall.employee.twice", nip));
				continue;
			}
			String who = person.displayName();
			if (mark.status() == null) {
				problems.add(new RuleViolationException.Problem(field + ".status", "rollCall.status.required", who));
			}
			else if (!mark.status().allowedIn(session)) {
				problems.add(new RuleViolationException.Problem(field + ".status",
						"rollCall.status.wrongSession." + mark.status(), who));
			}
			else if (mark.status().needsMinutes()
					&& (mark.minutes() == null || mark.minutes() < 1 || mark.minutes() > 480)) {
				problems.add(new RuleViolationException.Problem(field + ".minutes", "rollCall.minutes.range", who));
			}
			else if (!mark.status().needsMinutes() && mark.minutes() != null) {
				problems
					.add(new RuleViolationException.Problem(field + ".minutes", "rollCall.minutes.notAllowed", who));
			}
			else if (mark.note() != null && mark.note().strip().length() > 200) {
				problems.add(new RuleViolationException.Problem(field + ".note", "rollCall.note.tooLong", who, 200));
			}
			else {
				String note = (mark.note() == null || mark.note().isBlank()) ? null : mark.note().strip();
				valid.add(new Mark(nip, mark.status(), mark.minutes(), note, mark.shown()));
			}
		}
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems);
		}
		return valid;
	}

	/**
	 * The sheet's version must be the one the client saw (0: never submitted). Locks the
	 * sheet and the sheets above and below it that share its employees (after the
	 * employees themselves, as every writer of records does), then records the save on
	 * all of them.
	 */
	private LockedSheet lockAndCheckVersion(SheetContext context, Long expected, Instant now, String by) {
		Set<Long> related = new HashSet<>(context.subtree());
		context.tree.path(context.unit.id()).forEach((unit) -> related.add(unit.id()));
		List<SheetRow> locked = this.store.lockSheets(related, context.date, context.session);
		SheetRow found = locked.stream().filter((row) -> row.unitId() == context.unit.id()).findFirst().orElse(null);
		checkVersion(context, expected, found);
		List<Long> others = locked.stream().filter((row) -> row != found).map(SheetRow::id).toList();
		SheetRow own = found;
		if (own == null) {
			Optional<Long> created = this.store.insertSheet(context.unit.id(), context.date, context.session, now, by);
			if (created.isPresent()) {
				// A sheet created just now already has version 1.
				if (!others.isEmpty()) {
					this.store.touchSheets(-1, others, now, by);
				}
				return new LockedSheet(created.get(), true);
			}
			// Created meanwhile by a save that had nobody to lock (no one is on the sheet
			// that day): continue from its version, a conflict only if one was expected.
			own = this.store.lockSheets(List.of(context.unit.id()), context.date, context.session).get(0);
			checkVersion(context, expected, own);
		}
		this.store.touchSheets(own.id(), others, now, by);
		return new LockedSheet(own.id(), false);
	}

	private static void checkVersion(SheetContext context, Long expected, SheetRow own) {
		long current = (own != null) ? own.version() : 0;
		if (expected != null && expected != current) {
			throw new ObjectOptimisticLockingFailureException("roll_call", context.unit.code());
		}
	}

	private record LockedSheet(long id, boolean created) {
	}

	/**
	 * The marks that change something. A line equal to what the page showed was not
	 * touched; a touched line that someone else changed since it was shown is a conflict.
	 */
	private static Map<Long, Mark> changedMarks(SheetContext context, List<Mark> marks,
			Map<String, RosterEntry> byNip) {
		Map<Long, Mark> applied = new java.util.HashMap<>();
		for (Mark mark : marks) {
			RosterEntry person = byNip.get(mark.nip());
			Entry current = context.entry(person);
			if (mark.shown() != null && mark.shown().equals(mark.value())) {
				continue;
			}
			if (mark.value().equals(current.shown())) {
				continue;
			}
			if (mark.shown() != null && !Objects.equals(mark.shown(), current.shown())) {
				throw new ObjectOptimisticLockingFailureException("attendance_record", person.nip());
			}
			applied.put(person.employeeId(), mark);
		}
		return applied;
	}

	private SheetContext reloaded(SheetContext context) {
		var ids = context.roster.stream().map(RosterEntry::employeeId).toList();
		return new SheetContext(context.unit, context.date, context.session, context.tree, context.calendar,
				context.roster, context.leaves, this.store.records(ids, context.date, context.session),
				context.cancellations);
	}

}
