package id.siapel.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.siapel.attendance.RollCallStore.SheetRow;
import id.siapel.calendar.WorkCalendar;
import id.siapel.calendar.WorkCalendars;
import id.siapel.employee.EmployeeDirectory;
import id.siapel.employee.RosterEntry;
import id.siapel.organization.UnitScopes;
import id.siapel.organization.UnitTree;
import id.siapel.organization.UnitView;
import id.siapel.organization.Units;
import id.siapel.security.CurrentUser;
import id.siapel.security.Role;
import id.siapel.security.SiapelUser;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading roll-call sheets: today's or any past day's sheet of a unit within the reader's
 * scope, prefilled where nobody has marked it yet, with what the reader may do with it.
 */
@Service
@RequiredArgsConstructor
public class RollCalls {

	/**
	 * How far the previous / next working day is looked for (the longest Lebaran block is
	 * 10 days).
	 */
	static final int SEARCH_DAYS = 31;

	private final Units units;

	private final UnitScopes scopes;

	private final EmployeeDirectory employees;

	private final WorkCalendars calendars;

	private final RollCallStore store;

	private final CancellationStore cancellationStore;

	private final CurrentUser currentUser;

	private final Clock clock;

	/** A unit's sheet (404 unknown unit, 403 outside the reader's scope). */
	@Transactional(readOnly = true)
	public RollCallSheet sheet(String unitCode, LocalDate date, Session session) {
		SheetContext context = load(unitCode, date, session);
		return view(context, this.store.sheet(context.unit.id(), date, session).orElse(null));
	}

	/** The change history of a submitted sheet, newest first. */
	@Transactional(readOnly = true)
	public List<ChangeView> history(String unitCode, LocalDate date, Session session) {
		UnitView unit = this.units.visible(unitCode);
		return this.store.sheet(unit.id(), date, session).map((row) -> this.store.changes(row.id())).orElse(List.of());
	}

	/** The session a unit head most likely wants now: evening once it has opened. */
	@Transactional(readOnly = true)
	public Session defaultSession() {
		ZonedDateTime now = ZonedDateTime.now(this.clock);
		LocalDate today = now.toLocalDate();
		return SheetRules.defaultSession(this.calendars.current().apelTimesOn(today), this.store.policyOn(today),
				now.toLocalTime());
	}

	/**
	 * The unit whose sheet a reader opens by default: a unit head's own unit; nobody else
	 * has one.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<UnitView> ownUnit() {
		SiapelUser user = this.currentUser.require();
		if (!user.hasRole(Role.UNIT_HEAD) || user.unitId() == null) {
			return java.util.Optional.empty();
		}
		return this.units.find(user.unitId());
	}

	/**
	 * Where "Buka apel" lands for a unit: the current session of today when the unit (or
	 * one of its sub-units) works today; on a weekend or holiday, the evening session of
	 * the last working day before it, whose edit window is usually still open.
	 */
	@Transactional(readOnly = true)
	public Landing landing(String unitCode) {
		UnitView unit = this.units.visible(unitCode);
		LocalDate today = today();
		if (worksOn(unit.id(), today)) {
			return new Landing(unit.code(), today, defaultSession());
		}
		LocalDate last = previousWorkingDay(unit.code(), today);
		return new Landing(unit.code(), (last != null) ? last : today, Session.EVENING);
	}

	/**
	 * The last day before {@code date} on which the unit or one of its sub-units works (a
	 * six-day Puskesmas under a five-day Dinas works on Saturday), looking back at most
	 * {@value #SEARCH_DAYS} days; {@code null} when there is none.
	 */
	@Transactional(readOnly = true)
	public LocalDate previousWorkingDay(String unitCode, LocalDate date) {
		long unitId = this.units.visible(unitCode).id();
		for (int n = 1; n <= SEARCH_DAYS; n++) {
			if (worksOn(unitId, date.minusDays(n))) {
				return date.minusDays(n);
			}
		}
		return null;
	}

	/**
	 * The next day after {@code date}, not after today, on which the unit or one of its
	 * sub-units works; {@code null} when there is none yet.
	 */
	@Transactional(readOnly = true)
	public LocalDate nextWorkingDay(String unitCode, LocalDate date) {
		long unitId = this.units.visible(unitCode).id();
		LocalDate today = today();
		for (LocalDate day = date.plusDays(1); !day.isAfter(today)
				&& !day.isAfter(date.plusDays(SEARCH_DAYS)); day = day.plusDays(1)) {
			if (worksOn(unitId, day)) {
				return day;
			}
		}
		return null;
	}

	private boolean worksOn(long unitId, LocalDate day) {
		return this.calendars.current().worksWithin(unitId, day);
	}

	/** The sheet "Buka apel" opens. */
	public record Landing(String unitCode, LocalDate date, Session session) {
	}

	/** Today in the Pemda's zone. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	SheetContext load(String unitCode, LocalDate date, Session session) {
		return load(unitCode, date, session, false);
	}

	/**
	 * The sheet as a save must see it: the people on it are locked
	 * ({@link EmployeeDirectory#lockForAttendance}) after the roster is read and before
	 * their leave and records are, so that two saves of the same people (a unit's sheet
	 * and its parent's, the morning and the evening, a sheet and a leave) run one after
	 * the other, the second reading what the first wrote instead of its defaults.
	 */
	SheetContext loadForWrite(String unitCode, LocalDate date, Session session) {
		return load(unitCode, date, session, true);
	}

	private SheetContext load(String unitCode, LocalDate date, Session session, boolean forWrite) {
		UnitView unit = this.units.visible(unitCode);
		UnitTree tree = this.units.tree();
		WorkCalendar calendar = this.calendars.current();
		var roster = this.employees.roster(tree.subtreeIds(unit.id()), date);
		var ids = roster.stream().map((e) -> e.employeeId()).toList();
		if (forWrite) {
			this.employees.lockForAttendance(ids);
		}
		return new SheetContext(unit, date, session, tree, calendar, roster, this.store.leavesOn(ids, date),
				this.store.records(ids, date, session), cancellations(unit.id(), date, session, tree));
	}

	/**
	 * The cancellations ("apel ditiadakan") of the units above and below the sheet's unit
	 * (one query).
	 */
	private SheetCancellations cancellations(long unitId, LocalDate date, Session session, UnitTree tree) {
		Set<Long> related = new java.util.HashSet<>(tree.subtreeIds(unitId));
		tree.path(unitId).forEach((unit) -> related.add(unit.id()));
		return SheetCancellations.of(unitId, date, session, tree,
				this.cancellationStore.cancelled(related, date, session));
	}

	RollCallSheet view(SheetContext context, SheetRow row) {
		var day = context.unitCalendar().day(context.date);
		// No sheet on a day off (api.md: working false, records empty).
		List<RollCallSheet.Group> groups = day.working() ? context.groups() : List.of();
		List<RollCallSheet.Entry> entries = groups.stream().flatMap((g) -> g.entries().stream()).toList();
		RollCallSheet.Access rules = rulesAccess(context);
		// A sheet whose cancellation was withdrawn exists but is not submitted.
		boolean submitted = row != null && row.submittedAt() != null;
		return new RollCallSheet(context.unit, context.date, context.session, day, submitted,
				submitted ? row.submittedAt() : null, submitted ? row.submittedBy() : null,
				(row != null) ? row.updatedAt() : null, (row != null) ? row.updatedBy() : null,
				(row != null) ? row.version() : 0, groups, RollCallSheet.Counts.of(entries), access(context, rules),
				day.working() ? List.of() : workingSubUnits(context), cancellation(context, rules),
				context.cancellations.below().stream().map((c) -> cancellationView(context, c, null)).toList());
	}

	private RollCallSheet.Cancellation cancellation(SheetContext context, RollCallSheet.Access rules) {
		CancelledRollCall covering = context.cancellations.covering();
		return (covering != null) ? cancellationView(context, covering, rules) : null;
	}

	/**
	 * @param rules what the reader may do with the sheet were it not cancelled, or
	 * {@code null} for a cancellation of a unit below it
	 */
	private static RollCallSheet.Cancellation cancellationView(SheetContext context, CancelledRollCall cancelled,
			RollCallSheet.Access rules) {
		boolean own = cancelled.unitId() == context.unit.id();
		boolean restorable = own && rules != null && rules.editable();
		return new RollCallSheet.Cancellation(context.tree.byId(cancelled.unitId()).orElseThrow(), cancelled.reason(),
				cancelled.cancelledBy(), cancelled.cancelledAt(), own, restorable,
				restorable && rules.reasonRequired());
	}

	/**
	 * On a day the sheet's unit does not work: the sub-units that do, each with its own
	 * sheet (one query, only on such days).
	 */
	private List<RollCallSheet.SubUnitSheet> workingSubUnits(SheetContext context) {
		List<UnitView> working = context.calendar.workingSubUnits(context.unit.id(), context.date);
		if (working.isEmpty()) {
			return List.of();
		}
		Map<Long, Long> sheetOf = new HashMap<>();
		for (UnitView subUnit : working) {
			context.tree.subtreeIds(subUnit.id()).forEach((id) -> sheetOf.put(id, subUnit.id()));
		}
		Map<Long, int[]> counts = new HashMap<>();
		// The roster holds only people whose own unit works that day.
		for (RosterEntry person : context.roster) {
			Long subUnit = sheetOf.get(person.unitId());
			if (subUnit != null) {
				int[] count = counts.computeIfAbsent(subUnit, (id) -> new int[2]);
				count[0]++;
				if (context.stored.containsKey(person.employeeId())) {
					count[1]++;
				}
			}
		}
		Set<Long> submitted = this.store.submittedUnits(working.stream().map(UnitView::id).toList(), context.date,
				context.session);
		return working.stream().map((subUnit) -> {
			int[] count = counts.getOrDefault(subUnit.id(), new int[2]);
			return new RollCallSheet.SubUnitSheet(subUnit, count[0], count[1], submitted.contains(subUnit.id()));
		}).toList();
	}

	/**
	 * What the reader may do with the sheet: the rules of {@link SheetRules}, and nothing
	 * on a working day whose apel was cancelled.
	 */
	RollCallSheet.Access access(SheetContext context) {
		return access(context, rulesAccess(context));
	}

	private static RollCallSheet.Access access(SheetContext context, RollCallSheet.Access rules) {
		if (context.cancellations.covering() == null || rules.state() == RollCallSheet.SheetState.NON_WORKING) {
			return rules;
		}
		return new RollCallSheet.Access(RollCallSheet.SheetState.CANCELLED, false, rules.windowClosesAt(),
				rules.lastEditDay(), rules.opensAt());
	}

	/**
	 * What the reader may do with the sheet by the rules of {@link SheetRules} alone,
	 * whether or not its apel was cancelled: who may cancel it or withdraw its
	 * cancellation, and until when.
	 */
	RollCallSheet.Access rulesAccess(SheetContext context) {
		SiapelUser user = this.currentUser.require();
		boolean corrector = user.hasAnyRole(Role.HR, Role.ADMIN);
		boolean canWrite = corrector || user.hasRole(Role.UNIT_HEAD);
		LocalDate date = context.date;
		return SheetRules.access(date, context.session, context.unitCalendar(), context.calendar.apelTimesOn(date),
				this.store.policyOn(date), ZonedDateTime.now(this.clock), canWrite, corrector);
	}

}
