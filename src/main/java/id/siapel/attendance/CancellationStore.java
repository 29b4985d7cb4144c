package id.siapel.attendance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import id.siapel.shared.SqlArrays;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Cancelled roll calls ("apel ditiadakan") in PostgreSQL: the cancellation columns of
 * {@code roll_call}, and the removal of the covered records with their change history.
 * One statement each, whatever the number of people covered.
 */
@Repository
@RequiredArgsConstructor
class CancellationStore {

	private static final String COLUMNS = "unit_id, day, session, cancel_reason, cancelled_by, cancelled_at";

	private final JdbcClient jdbc;

	/** The cancelled sheets of these units at one session. */
	List<CancelledRollCall> cancelled(Collection<Long> unitIds, LocalDate day, Session session) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select " + COLUMNS + """
				 from roll_call
				where day = :day and session = :session and unit_id = any(:units) and cancelled_at is not null""")
			.param("units", SqlArrays.bigints(unitIds))
			.param("day", day)
			.param("session", session.name())
			.query(CancellationStore::cancelledRollCall)
			.list();
	}

	/** Every cancelled sheet of the days from {@code from} to {@code to}. */
	List<CancelledRollCall> cancelledBetween(LocalDate from, LocalDate to) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from roll_call
				where day between :from and :to and cancelled_at is not null""")
			.param("from", from)
			.param("to", to)
			.query(CancellationStore::cancelledRollCall)
			.list();
	}

	/**
	 * Records the cancellation on the unit's sheet, creating the sheet if nobody has
	 * submitted it (version 1) or moving an existing one on. A cancellation counts as the
	 * sheet's report: a sheet never submitted gets the cancellation as its submission.
	 * Empty when the sheet is no longer at the expected version or is already cancelled
	 * (someone else was quicker).
	 */
	Optional<Long> cancel(long unitId, LocalDate day, Session session, long expectedVersion, Instant now, String by,
			String reason) {
		return this.jdbc
			.sql("""
					insert into roll_call (unit_id, day, session, submitted_at, submitted_by, updated_at, updated_by, version,
					    cancelled_at, cancelled_by, cancel_reason)
					values (:unit, :day, :session, :now, :by, :now, :by, 1, :now, :by, :reason)
					on conflict (unit_id, day, session) do update set
					    submitted_at = coalesce(roll_call.submitted_at, excluded.submitted_at),
					    submitted_by = coalesce(roll_call.submitted_by, excluded.submitted_by),
					    updated_at = excluded.updated_at, updated_by = excluded.updated_by, version = roll_call.version + 1,
					    cancelled_at = excluded.cancelled_at, cancelled_by = excluded.cancelled_by,
					    cancel_reason = excluded.cancel_reason
					where roll_call.version = :expected and roll_call.cancelled_at is null
					returning id""")
			.param("unit", unitId)
			.param("day", day)
			.param("session", session.name())
			.param("now", Timestamp.from(now))
			.param("by", by)
			.param("reason", reason)
			.param("expected", expectedVersion)
			.query(Long.class)
			.optional();
	}

	/**
	 * Withdraws the cancellation of a sheet: it is open again and not submitted (the
	 * records the cancellation removed are not brought back; the head marks the apel
	 * anew).
	 */
	boolean restore(long sheetId, long expectedVersion, Instant now, String by) {
		return this.jdbc.sql("""
				update roll_call set cancelled_at = null, cancelled_by = null, cancel_reason = null,
				    submitted_at = null, submitted_by = null, updated_at = :now, updated_by = :by, version = version + 1
				where id = :id and version = :expected and cancelled_at is not null""")
			.param("id", sheetId)
			.param("expected", expectedVersion)
			.param("now", Timestamp.from(now))
			.param("by", by)
			.update() == 1;
	}

	/**
	 * The sheets below a cancelled unit lose their records of the session: they are no
	 * longer submitted (their own cancellations stay).
	 */
	void unsubmit(Collection<Long> sheetIds) {
		if (sheetIds.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				update roll_call set submitted_at = null, submitted_by = null
				where id = any(:ids) and cancelled_at is null""").param("ids", SqlArrays.bigints(sheetIds)).update();
	}

	/**
	 * Removes the records of one session of the people covered by a cancellation (those
	 * of the given units that day, and the given employees), and appends to the history
	 * of the cancelled sheet what each one was, with no new status and the cancellation's
	 * reason. One statement. Returns what was removed.
	 */
	List<RecordChange> removeRecords(long sheetId, LocalDate day, Session session, Collection<Long> unitIds,
			Collection<Long> employeeIds, Instant now, String by, String reason) {
		return this.jdbc
			.sql("""
					with removed as (
					    delete from attendance_record
					    where day = :day and session = :session
					      and (unit_id = any(:units) or employee_id = any(:employees))
					    returning employee_id, unit_id, status, minutes, note, source),
					history as (
					    insert into attendance_change (roll_call_id, employee_id, day, session, changed_at, changed_by,
					        old_status, old_minutes, old_note, old_source, new_status, new_minutes, new_note, reason)
					    select :sheet, employee_id, :day, :session, :now, :by, status, minutes, note, source, null, null, null,
					        :reason
					    from removed)
					select employee_id, unit_id, status, minutes from removed order by employee_id""")
			.param("sheet", sheetId)
			.param("day", day)
			.param("session", session.name())
			.param("units", SqlArrays.bigints(unitIds))
			.param("employees", SqlArrays.bigints(employeeIds))
			.param("now", Timestamp.from(now))
			.param("by", by)
			.param("reason", reason)
			.query((rs, n) -> new RecordChange(rs.getLong("employee_id"), rs.getLong("unit_id"), day, session,
					AttendanceStatus.valueOf(rs.getString("status")), (Integer) rs.getObject("minutes"), null, null))
			.list();
	}

	private static CancelledRollCall cancelledRollCall(ResultSet rs, int n) throws SQLException {
		return new CancelledRollCall(rs.getLong("unit_id"), rs.getObject("day", LocalDate.class),
				Session.valueOf(rs.getString("session")), rs.getString("cancel_reason"), rs.getString("cancelled_by"),
				rs.getTimestamp("cancelled_at").toInstant());
	}

}
