package id.siapel.attendance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.siapel.attendance.RollCallSheet.Entry;
import id.siapel.attendance.RollCallSheet.Group;
import id.siapel.attendance.RollCallStore.StoredRecord;
import id.siapel.calendar.UnitCalendar;
import id.siapel.calendar.WorkCalendar;
import id.siapel.employee.RosterEntry;
import id.siapel.organization.UnitTree;
import id.siapel.organization.UnitView;

/**
 * Everything a sheet is made of, loaded with a fixed number of queries: the unit's
 * subtree, the people assigned to it that day (only those whose own unit works that day
 * and whose apel was not cancelled), their registered leave and their stored records.
 * Computes the current value of every line: the stored one, or the prefilled one (leave,
 * dispensation, present).
 */
final class SheetContext {

	final UnitView unit;

	final LocalDate date;

	final Session session;

	final UnitTree tree;

	final WorkCalendar calendar;

	final List<RosterEntry> roster;

	final Map<Long, LeaveType> leaves;

	final Map<Long, StoredRecord> stored;

	final SheetCancellations cancellations;

	SheetContext(UnitView unit, LocalDate date, Session session, UnitTree tree, WorkCalendar calendar,
			List<RosterEntry> assigned, Map<Long, LeaveType> leaves, Map<Long, StoredRecord> stored,
			SheetCancellations cancellations) {
		this.unit = unit;
		this.date = date;
		this.session = session;
		this.tree = tree;
		this.calendar = calendar;
		// Someone whose own sub-unit does not work that day (a regional holiday of that
		// sub-unit only, a 5-day sub-unit on a Saturday) is not on the sheet.
		// Nor is anyone whose apel was cancelled ("apel ditiadakan": this sheet's, or
		// that
		// of a unit above or below it).
		this.roster = assigned.stream()
			.filter((e) -> calendar.forUnit(e.unitId()).isWorkingDay(date))
			.filter((e) -> !cancellations.excludes(e.unitId()))
			.toList();
		this.leaves = leaves;
		this.stored = stored;
		this.cancellations = cancellations;
	}

	UnitCalendar unitCalendar() {
		return this.calendar.forUnit(this.unit.id());
	}

	Set<Long> subtree() {
		return this.tree.subtreeIds(this.unit.id());
	}

	/** The line of one employee: stored, or prefilled. */
	Entry entry(RosterEntry person) {
		StoredRecord record = this.stored.get(person.employeeId());
		if (record != null) {
			return new Entry(person.employeeId(), person.nip(), person.displayName(), person.position(),
					person.unitId(), record.status(), record.minutes(), record.note(), record.source());
		}
		return prefilled(person);
	}

	/** What a line shows before anyone marked it. */
	Entry prefilled(RosterEntry person) {
		LeaveType leave = this.leaves.get(person.employeeId());
		if (leave != null) {
			return line(person, leave.status(), EntrySource.LEAVE);
		}
		if (!this.calendar.forUnit(person.unitId()).isApelDay(this.date)) {
			return line(person, AttendanceStatus.REMOTE, EntrySource.DISPENSATION);
		}
		return line(person, AttendanceStatus.PRESENT, EntrySource.DEFAULT);
	}

	private static Entry line(RosterEntry person, AttendanceStatus status, EntrySource source) {
		return new Entry(person.employeeId(), person.nip(), person.displayName(), person.position(), person.unitId(),
				status, null, null, source);
	}

	/**
	 * The lines grouped by unit: the sheet's unit first, then its sub-units in tree
	 * order.
	 */
	List<Group> groups() {
		Map<Long, List<Entry>> byUnit = new LinkedHashMap<>();
		for (RosterEntry person : this.roster) {
			byUnit.computeIfAbsent(person.unitId(), (id) -> new ArrayList<>()).add(entry(person));
		}
		List<Group> groups = new ArrayList<>();
		for (UnitTree.Node node : this.tree.flatten(List.of(this.unit.id()))) {
			List<Entry> entries = byUnit.get(node.unit().id());
			if (entries != null) {
				groups.add(new Group(node.unit(), node.depth(), entries));
			}
		}
		return groups;
	}

}
