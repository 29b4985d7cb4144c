package id.siapel.attendance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import id.siapel.employee.PersonName;
import id.siapel.shared.SqlArrays;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sheets, records and change history in PostgreSQL. Every method is one statement
 * whatever the number of employees: sets of rows travel as arrays ({@code unnest}), so
 * saving a 500-person sheet costs the same number of round trips as a 5-person one.
 */
@Repository
@RequiredArgsConstructor
class RollCallStore {

	private final JdbcClient jdbc;

	Optional<SheetRow> sheet(long unitId, LocalDate day, Session session) {
		return this.jdbc.sql("""
				select id, unit_id, submitted_at, submitted_by, updated_at, updated_by, version
				from roll_call where unit_id = :unit and day = :day and session = :session""")
			.param("unit", unitId)
			.param("day", day)
			.param("session", session.name())
			.query(RollCallStore::sheetRow)
			.optional();
	}

	/**
	 * Which of these units submitted their own sheet of the day and session (or cancelled
	 * it: a cancellation is the sheet's report).
	 */
	Set<Long> submittedUnits(Collection<Long> unitIds, LocalDate day, Session session) {
		if (unitIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.sql("""
				select unit_id from roll_call where day = :day and session = :session and unit_id = any(:units)
				    and submitted_at is not null""")
			.param("units", SqlArrays.bigints(unitIds))
			.param("day", day)
			.param("session", session.name())
			.query(Long.class)
			.list());
	}

	/**
	 * Locks the sheets of the given units for the day and session (in id order, so two
	 * saves never deadlock) and returns them.
	 */
	List<SheetRow> lockSheets(Collection<Long> unitIds, LocalDate day, Session session) {
		return this.jdbc.sql("""
				select id, unit_id, submitted_at, submitted_by, updated_at, updated_by, version
				from roll_call where day = :day and session = :session and unit_id = any(:units)
				order by id for update""")
			.param("units", SqlArrays.bigints(unitIds))
			.param("day", day)
			.param("session", session.name())
			.query(RollCallStore::sheetRow)
			.list();
	}

	/**
	 * Creates a submitted sheet (version 1). Empty when a concurrent save created it
	 * first (after waiting for that save to commit): the caller then locks and uses that
	 * sheet instead of failing on the key.
	 */
	Optional<Long> insertSheet(long unitId, LocalDate day, Session session, Instant now, String by) {
		return this.jdbc
			.sql("""
					insert into roll_call (unit_id, day, session, submitted_at, submitted_by, updated_at, updated_by, version)
					values (:unit, :day, :session, :now, :by, :now, :by, 1)
					on conflict (unit_id, day, session) do nothing returning id""")
			.param("unit", unitId)
			.param("day", day)
			.param("session", session.name())
			.param("now", java.sql.Timestamp.from(now))
			.param("by", by)
			.query(Long.class)
			.optional();
	}

	/**
	 * Marks a save of the sheet and of the other sheets that share its employees (the
	 * units above and below it), so that anyone holding an older version of any of them
	 * gets a conflict instead of overwriting this save. {@code ownId} -1: only the
	 * others. The own sheet counts as submitted from now on if it was not (its
	 * cancellation was withdrawn, or a cancellation above it removed its records).
	 */
	void touchSheets(long ownId, Collection<Long> relatedIds, Instant now, String by) {
		this.jdbc.sql("""
				update roll_call set version = version + 1,
				    updated_at = case when id = :own then :now else updated_at end,
				    updated_by = case when id = :own then :by else updated_by end,
				    submitted_at = case when id = :own then coalesce(submitted_at, :now) else submitted_at end,
				    submitted_by = case when id = :own then coalesce(submitted_by, :by) else submitted_by end
				where id = :own or id = any(:related)""")
			.param("own", ownId)
			.param("related", SqlArrays.bigints(relatedIds))
			.param("now", java.sql.Timestamp.from(now))
			.param("by", by)
			.update();
	}

	/** The stored records of these employees at one session. */
	Map<Long, StoredRecord> records(Collection<Long> employeeIds, LocalDate day, Session session) {
		Map<Long, StoredRecord> records = new HashMap<>();
		if (employeeIds.isEmpty()) {
			return records;
		}
		this.jdbc.sql("""
				select employee_id, unit_id, roll_call_id, status, minutes, note, source from attendance_record
				where day = :day and session = :session and employee_id = any(:employees)""")
			.param("employees", SqlArrays.bigints(employeeIds))
			.param("day", day)
			.param("session", session.name())
			.query((rs) -> {
				records.put(rs.getLong("employee_id"),
						new StoredRecord(rs.getLong("unit_id"), rs.getLong("roll_call_id"),
								AttendanceStatus.valueOf(rs.getString("status")), (Integer) rs.getObject("minutes"),
								rs.getString("note"), EntrySource.valueOf(rs.getString("source"))));
			});
		return records;
	}

	/** Inserts or replaces records of one session, all in one statement. */
	void upsert(long rollCallId, LocalDate day, Session session, List<RecordWrite> writes, Instant now) {
		if (writes.isEmpty()) {
			return;
		}
		List<Long> employees = new ArrayList<>(writes.size());
		List<Long> units = new ArrayList<>(writes.size());
		List<String> statuses = new ArrayList<>(writes.size());
		List<Integer> minutes = new ArrayList<>(writes.size());
		List<String> notes = new ArrayList<>(writes.size());
		List<String> sources = new ArrayList<>(writes.size());
		for (RecordWrite write : writes) {
			employees.add(write.employeeId());
			units.add(write.unitId());
			statuses.add(write.status().name());
			minutes.add(write.minutes());
			notes.add(write.note());
			sources.add(write.source().name());
		}
		this.jdbc.sql("""
				insert into attendance_record
				    (employee_id, day, session, unit_id, roll_call_id, status, minutes, note, source, updated_at)
				select t.employee_id, :day, :session, t.unit_id, :rollCall, t.status, t.minutes, t.note, t.source, :now
				from unnest(:employees, :units, :statuses, :minutes, :notes, :sources)
				    as t(employee_id, unit_id, status, minutes, note, source)
				on conflict (employee_id, day, session) do update set
				    unit_id = excluded.unit_id, roll_call_id = excluded.roll_call_id, status = excluded.status,
				    minutes = excluded.minutes, note = excluded.note, source = excluded.source,
				    updated_at = excluded.updated_at""")
			.param("day", day)
			.param("session", session.name())
			.param("rollCall", rollCallId)
			.param("now", java.sql.Timestamp.from(now))
			.param("employees", SqlArrays.bigints(employees))
			.param("units", SqlArrays.bigints(units))
			.param("statuses", SqlArrays.texts(statuses))
			.param("minutes", SqlArrays.integers(minutes))
			.param("notes", SqlArrays.texts(notes))
			.param("sources", SqlArrays.texts(sources))
			.update();
	}

	/** Appends change-history lines, all in one statement. */
	void insertChanges(long rollCallId, LocalDate day, Session session, List<ChangeLine> changes, Instant now,
			String by, String reason) {
		if (changes.isEmpty()) {
			return;
		}
		List<Long> employees = new ArrayList<>();
		List<String> oldStatuses = new ArrayList<>();
		List<Integer> oldMinutes = new ArrayList<>();
		List<String> oldNotes = new ArrayList<>();
		List<String> oldSources = new ArrayList<>();
		List<String> newStatuses = new ArrayList<>();
		List<Integer> newMinutes = new ArrayList<>();
		List<String> newNotes = new ArrayList<>();
		for (ChangeLine change : changes) {
			employees.add(change.employeeId());
			oldStatuses.add((change.oldStatus() != null) ? change.oldStatus().name() : null);
			oldMinutes.add(change.oldMinutes());
			oldNotes.add(change.oldNote());
			oldSources.add((change.oldSource() != null) ? change.oldSource().name() : null);
			newStatuses.add(change.newStatus().name());
			newMinutes.add(change.newMinutes());
			newNotes.add(change.newNote());
		}
		this.jdbc
			.sql("""
					insert into attendance_change (roll_call_id, employee_id, day, session, changed_at, changed_by,
					    old_status, old_minutes, old_note, old_source, new_status, new_minutes, new_note, reason)
					select :rollCall, t.employee_id, :day, :session, :now, :by,
					    t.old_status, t.old_minutes, t.old_note, t.old_source, t.new_status, t.new_minutes, t.new_note, :reason
					from unnest(:employees, :oldStatuses, :oldMinutes, :oldNotes, :oldSources, :newStatuses, :newMinutes,
					    :newNotes) as t(employee_id, old_status, old_minutes, old_note, old_source, new_status, new_minutes,
					    new_note)""")
			.param("rollCall", rollCallId)
			.param("day", day)
			.param("session", session.name())
			.param("now", java.sql.Timestamp.from(now))
			.param("by", by)
			.param("reason", reason)
			.param("employees", SqlArrays.bigints(employees))
			.param("oldStatuses", SqlArrays.texts(oldStatuses))
			.param("oldMinutes", SqlArrays.integers(oldMinutes))
			.param("oldNotes", SqlArrays.texts(oldNotes))
			.param("oldSources", SqlArrays.texts(oldSources))
			.param("newStatuses", SqlArrays.texts(newStatuses))
			.param("newMinutes", SqlArrays.integers(newMinutes))
			.param("newNotes", SqlArrays.texts(newNotes))
			.update();
	}

	/** The sheet's change history, newest first. */
	List<ChangeView> changes(long rollCallId) {
		return this.jdbc.sql("""
				select c.changed_at, c.changed_by, e.nip, e.front_title, e.name, e.back_title, c.old_status,
				    c.old_minutes, c.old_note, c.new_status, c.new_minutes, c.new_note, c.reason
				from attendance_change c join employee e on e.id = c.employee_id
				where c.roll_call_id = :rollCall order by c.changed_at desc, c.id desc""")
			.param("rollCall", rollCallId)
			.query((rs, n) -> new ChangeView(rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"),
					rs.getString("nip"),
					new PersonName(rs.getString("front_title"), rs.getString("name"), rs.getString("back_title"))
						.display(),
					status(rs.getString("old_status")), (Integer) rs.getObject("old_minutes"), rs.getString("old_note"),
					status(rs.getString("new_status")), (Integer) rs.getObject("new_minutes"), rs.getString("new_note"),
					rs.getString("reason")))
			.list();
	}

	/** Registered absences of these employees that cover the day. */
	Map<Long, LeaveType> leavesOn(Collection<Long> employeeIds, LocalDate day) {
		Map<Long, LeaveType> leaves = new HashMap<>();
		if (employeeIds.isEmpty()) {
			return leaves;
		}
		this.jdbc.sql("""
				select employee_id, type from leave_period
				where employee_id = any(:employees) and start_date <= :day and end_date >= :day""")
			.param("employees", SqlArrays.bigints(employeeIds))
			.param("day", day)
			.query((rs) -> {
				leaves.put(rs.getLong("employee_id"), LeaveType.valueOf(rs.getString("type")));
			});
		return leaves;
	}

	/**
	 * Sets the already submitted records of one employee in a date range to a registered
	 * absence, except those a person marked (a marked value is corrected on its sheet,
	 * with a reason), and writes the change history. One statement.
	 */
	List<RecordChange> applyLeave(long employeeId, LocalDate start, LocalDate end, AttendanceStatus status, Instant now,
			String by, String reason) {
		return this.jdbc.sql("""
				with old as (
				    select employee_id, day, session, unit_id, roll_call_id, status, minutes, note, source
				    from attendance_record
				    where employee_id = :employee and day between :start and :end and source <> 'MARKED'
				      and status <> :status
				    for update),
				updated as (
				    update attendance_record r set status = :status, minutes = null, source = 'LEAVE', updated_at = :now
				    from old where r.employee_id = old.employee_id and r.day = old.day and r.session = old.session
				    returning r.day, r.session),
				history as (
				    insert into attendance_change (roll_call_id, employee_id, day, session, changed_at, changed_by,
				        old_status, old_minutes, old_note, old_source, new_status, new_minutes, new_note, reason)
				    select old.roll_call_id, old.employee_id, old.day, old.session, :now, :by, old.status, old.minutes,
				        old.note, old.source, :status, null, old.note, :reason
				    from old join updated u on u.day = old.day and u.session = old.session)
				select old.day, old.session, old.unit_id, old.status, old.minutes
				from old join updated u on u.day = old.day and u.session = old.session
				order by old.day, old.session""")
			.param("employee", employeeId)
			.param("start", start)
			.param("end", end)
			.param("status", status.name())
			.param("now", java.sql.Timestamp.from(now))
			.param("by", by)
			.param("reason", reason)
			.query((rs, n) -> new RecordChange(employeeId, rs.getLong("unit_id"), rs.getObject("day", LocalDate.class),
					Session.valueOf(rs.getString("session")), AttendanceStatus.valueOf(rs.getString("status")),
					(Integer) rs.getObject("minutes"), status, null))
			.list();
	}

	/**
	 * Whether submitted records of the employee in the range took their value from leave.
	 */
	boolean hasLeaveRecords(long employeeId, LocalDate start, LocalDate end) {
		return this.jdbc.sql("""
				select exists (select 1 from attendance_record where employee_id = :employee
				    and day between :start and :end and source = 'LEAVE')""")
			.param("employee", employeeId)
			.param("start", start)
			.param("end", end)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Records that the submission with this key is being applied. {@code false} when the
	 * key is already known: a concurrent arrival of the same key waits here until the
	 * first one commits (unique key), so it is never applied twice.
	 */
	boolean claimSubmission(UUID key, long unitId, LocalDate day, Session session, String by, Instant now) {
		return this.jdbc.sql("""
				insert into roll_call_submission (submission_key, unit_id, day, session, submitted_by, submitted_at)
				values (:key, :unit, :day, :session, :by, :now) on conflict (submission_key) do nothing""")
			.param("key", key)
			.param("unit", unitId)
			.param("day", day)
			.param("session", session.name())
			.param("by", by)
			.param("now", java.sql.Timestamp.from(now))
			.update() == 1;
	}

	/** Whether a known key was applied to this sheet by this user. */
	boolean submittedWith(UUID key, long unitId, LocalDate day, Session session, String by) {
		return this.jdbc.sql("""
				select exists (select 1 from roll_call_submission where submission_key = :key and unit_id = :unit
				    and day = :day and session = :session and submitted_by = :by)""")
			.param("key", key)
			.param("unit", unitId)
			.param("day", day)
			.param("session", session.name())
			.param("by", by)
			.query(Boolean.class)
			.single();
	}

	/** Forgets the keys of submissions made before the given moment. */
	int forgetSubmissionsBefore(Instant before) {
		return this.jdbc.sql("delete from roll_call_submission where submitted_at < :before")
			.param("before", java.sql.Timestamp.from(before))
			.update();
	}

	/** The policy in force on a day. */
	AttendancePolicy policyOn(LocalDate day) {
		return this.jdbc.sql("""
				select effective_from, edit_window_working_days, session_opens_minutes, head_leave_max_days
				from attendance_policy
				where effective_from <= :day order by effective_from desc limit 1""")
			.param("day", day)
			.query((rs, n) -> new AttendancePolicy(rs.getObject("effective_from", LocalDate.class),
					rs.getInt("edit_window_working_days"), rs.getInt("session_opens_minutes"),
					rs.getInt("head_leave_max_days")))
			.optional()
			.orElse(new AttendancePolicy(LocalDate.MIN, 1, 60));
	}

	private static AttendanceStatus status(String name) {
		return (name != null) ? AttendanceStatus.valueOf(name) : null;
	}

	private static SheetRow sheetRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		java.sql.Timestamp submittedAt = rs.getTimestamp("submitted_at");
		return new SheetRow(rs.getLong("id"), rs.getLong("unit_id"),
				(submittedAt != null) ? submittedAt.toInstant() : null, rs.getString("submitted_by"),
				rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"), rs.getLong("version"));
	}

	/**
	 * A sheet: submitted, or not ({@code submittedAt} null) when its cancellation was
	 * withdrawn or a cancellation above it removed its records.
	 */
	record SheetRow(long id, long unitId, Instant submittedAt, String submittedBy, Instant updatedAt, String updatedBy,
			long version) {
	}

	/** A record as stored. */
	record StoredRecord(long unitId, long rollCallId, AttendanceStatus status, Integer minutes, String note,
			EntrySource source) {
	}

	/** A record to store. */
	record RecordWrite(long employeeId, long unitId, AttendanceStatus status, Integer minutes, String note,
			EntrySource source) {
	}

	/** A line of the change history to append. */
	record ChangeLine(long employeeId, AttendanceStatus oldStatus, Integer oldMinutes, String oldNote,
			EntrySource oldSource, AttendanceStatus newStatus, Integer newMinutes, String newNote) {
	}

}
