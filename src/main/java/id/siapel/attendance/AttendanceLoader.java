package id.siapel.attendance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.siapel.shared.BulkCopy;
import id.siapel.shared.SqlArrays;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes roll-call history in bulk: submitted sheets with their records, and registered
 * leave: the sheets in one statement per batch, their records streamed through
 * {@code COPY}. For loading history (the demo, a migration from paper lists), not for
 * daily marking: it publishes no events and keeps no change history; whoever calls it
 * counts the standings again afterwards (discipline's rebuild) and decides who may load.
 */
@Component
@RequiredArgsConstructor
public class AttendanceLoader {

	private final JdbcClient jdbc;

	private final BulkCopy copy;

	/** Whether any sheet was ever submitted. */
	@Transactional(readOnly = true)
	public boolean hasHistory() {
		return this.jdbc.sql("select exists (select 1 from roll_call)").query(Boolean.class).single();
	}

	/** Inserts submitted sheets and their records; returns the number of records. */
	@Transactional(propagation = Propagation.MANDATORY)
	public int loadSubmitted(List<LoadedSheet> sheets) {
		if (sheets.isEmpty()) {
			return 0;
		}
		Map<String, Long> ids = new HashMap<>();
		this.jdbc
			.sql("""
					insert into roll_call (unit_id, day, session, submitted_at, submitted_by, updated_at, updated_by, version)
					select t.unit_id, t.day, t.session, t.at, t.by, t.at, t.by, 1
					from unnest(:units, :days, :sessions, :ats, :bys) as t(unit_id, day, session, at, by)
					returning id, unit_id, day, session""")
			.param("units", SqlArrays.bigints(sheets.stream().map(LoadedSheet::unitId).toList()))
			.param("days", SqlArrays.dates(sheets.stream().map(LoadedSheet::day).toList()))
			.param("sessions", SqlArrays.texts(sheets.stream().map((s) -> s.session().name()).toList()))
			.param("ats", SqlArrays.timestamps(sheets.stream().map(LoadedSheet::submittedAt).toList()))
			.param("bys", SqlArrays.texts(sheets.stream().map(LoadedSheet::submittedBy).toList()))
			.query((rs) -> {
				ids.put(key(rs.getLong("unit_id"), rs.getObject("day", LocalDate.class), rs.getString("session")),
						rs.getLong("id"));
			});
		// The records through COPY, streamed sheet by sheet: no statement per chunk, no
		// column arrays of the whole month.
		return (int) this.copy.copy("attendance_record",
				"employee_id, day, session, unit_id, roll_call_id, status, minutes, note, source, updated_at",
				(rows) -> {
					for (LoadedSheet sheet : sheets) {
						long sheetId = ids.get(key(sheet.unitId(), sheet.day(), sheet.session().name()));
						for (LoadedRecord record : sheet.records()) {
							rows.value(record.employeeId())
								.value(sheet.day())
								.value(sheet.session().name())
								.value(record.unitId())
								.value(sheetId)
								.value(record.status().name())
								.value(record.minutes())
								.value((String) null)
								.value(record.source().name())
								.value(sheet.submittedAt())
								.end();
						}
					}
				});
	}

	/**
	 * Runs a load of history into empty roll-call tables with their secondary indexes and
	 * foreign keys set aside, built once over the loaded rows afterwards
	 * ({@link BulkCopy#withoutIndexes}); into tables that already hold history it just
	 * runs the load.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void withIndexesBuiltAfter(Runnable load) {
		this.copy.withoutIndexes("attendance_record", load);
	}

	/** Inserts registered absences. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void loadLeaves(List<LoadedLeave> leaves, Instant now, String by) {
		if (leaves.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				insert into leave_period (employee_id, type, start_date, end_date, reference, created_at, created_by)
				select t.employee_id, t.type, t.start_date, t.end_date, t.reference, :now, :by
				from unnest(:employees, :types, :starts, :ends, :references)
				    as t(employee_id, type, start_date, end_date, reference)""")
			.param("employees", SqlArrays.bigints(leaves.stream().map(LoadedLeave::employeeId).toList()))
			.param("types", SqlArrays.texts(leaves.stream().map((l) -> l.type().name()).toList()))
			.param("starts", SqlArrays.dates(leaves.stream().map(LoadedLeave::start).toList()))
			.param("ends", SqlArrays.dates(leaves.stream().map(LoadedLeave::end).toList()))
			.param("references", SqlArrays.texts(leaves.stream().map(LoadedLeave::reference).toList()))
			.param("now", java.sql.Timestamp.from(now))
			.param("by", by)
			.update();
	}

	private static String key(long unitId, LocalDate day, String session) {
		return unitId + "/" + day + "/" + session;
	}

	/**
	 * A submitted sheet of past roll-call history.
	 *
	 * @param unitId the unit of the sheet (its records may belong to sub-units)
	 */
	public record LoadedSheet(long unitId, LocalDate day, Session session, Instant submittedAt, String submittedBy,
			List<LoadedRecord> records) {
	}

	/**
	 * One employee's record on a loaded sheet.
	 *
	 * @param unitId the unit the employee belonged to that day
	 */
	public record LoadedRecord(long employeeId, long unitId, AttendanceStatus status, Integer minutes,
			EntrySource source) {
	}

	/** A registered absence to load. */
	public record LoadedLeave(long employeeId, LeaveType type, LocalDate start, LocalDate end, String reference) {
	}

}
