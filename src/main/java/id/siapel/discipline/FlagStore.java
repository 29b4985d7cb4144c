package id.siapel.discipline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import id.siapel.discipline.DisciplineStore.EmployeeDay;
import id.siapel.shared.SqlArrays;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Flags by their cause: raising one that exists updates it (a sheet saved again never
 * duplicates a flag), a cause that went away withdraws it, a cause that comes back
 * reopens it. One statement per step for any number of flags.
 */
@Repository
@RequiredArgsConstructor
class FlagStore {

	private final JdbcClient jdbc;

	/**
	 * Active (not withdrawn) flags of these kinds on these employee-days. Read by the
	 * employees and the span of the days, through the index on (employee_id, day), and
	 * matched to the days here: a join with the unnested pairs was planned as a nested
	 * loop over the flag table whenever its statistics were older than its rows (a
	 * recount or the demo load raising thousands of flags in one transaction), which made
	 * every batch of a recount cost more than the one before (95 s of flags for 15,000
	 * employees).
	 */
	List<Existing> onDays(Collection<EmployeeDay> days, Collection<FlagKind> kinds) {
		if (days.isEmpty()) {
			return List.of();
		}
		Set<EmployeeDay> wanted = (days instanceof Set<EmployeeDay> set) ? set : new HashSet<>(days);
		Set<Long> employees = new HashSet<>();
		LocalDate first = null;
		LocalDate last = null;
		for (EmployeeDay day : days) {
			employees.add(day.employeeId());
			first = (first == null || day.day().isBefore(first)) ? day.day() : first;
			last = (last == null || day.day().isAfter(last)) ? day.day() : last;
		}
		List<Existing> found = new ArrayList<>();
		this.jdbc.sql("""
				select id, cause_key, employee_id, day from discipline_flag
				where withdrawn_at is null and kind = any(:kinds) and employee_id = any(:employees)
				  and day between :first and :last""")
			.param("employees", SqlArrays.bigints(employees))
			.param("first", first)
			.param("last", last)
			.param("kinds", SqlArrays.texts(kinds.stream().map(Enum::name).toList()))
			.query((rs) -> {
				if (wanted.contains(new EmployeeDay(rs.getLong("employee_id"), rs.getObject("day", LocalDate.class)))) {
					found.add(new Existing(rs.getLong("id"), rs.getString("cause_key")));
				}
			});
		return found;
	}

	/** Active flags of one kind of these employees within a range of days. */
	List<Existing> ofEmployees(Collection<Long> employeeIds, FlagKind kind, LocalDate from, LocalDate to) {
		if (employeeIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select id, cause_key from discipline_flag
				where withdrawn_at is null and kind = :kind and employee_id = any(:employees)
				  and day between :from and :to""")
			.param("kind", kind.name())
			.param("employees", SqlArrays.bigints(employeeIds))
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new Existing(rs.getLong("id"), rs.getString("cause_key")))
			.list();
	}

	/** Active (not withdrawn) flags with these causes. */
	List<Existing> activeByCauseKeys(Collection<String> causeKeys) {
		if (causeKeys.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("select id, cause_key from discipline_flag where withdrawn_at is null and cause_key = any(:keys)")
			.param("keys", SqlArrays.texts(causeKeys))
			.query((rs, n) -> new Existing(rs.getLong("id"), rs.getString("cause_key")))
			.list();
	}

	/**
	 * Raises the flags: new ones open, existing ones updated, withdrawn ones reopened.
	 */
	void raise(List<Raised> flags, Instant now) {
		if (flags.isEmpty()) {
			return;
		}
		List<String> kinds = new ArrayList<>();
		List<String> keys = new ArrayList<>();
		List<Long> employees = new ArrayList<>();
		List<Long> units = new ArrayList<>();
		List<LocalDate> days = new ArrayList<>();
		List<String> severities = new ArrayList<>();
		List<String> detailKeys = new ArrayList<>();
		List<String> detailArgs = new ArrayList<>();
		for (Raised flag : flags) {
			kinds.add(flag.kind().name());
			keys.add(flag.causeKey());
			employees.add(flag.employeeId());
			units.add(flag.unitId());
			days.add(flag.day());
			severities.add(flag.severity().name());
			detailKeys.add(flag.detailKey());
			detailArgs.add(String.join("\n", flag.detailArgs()));
		}
		this.jdbc
			.sql("""
					insert into discipline_flag (kind, cause_key, employee_id, unit_id, day, severity, detail_key, detail_args,
					    status, raised_at, updated_at)
					select t.kind, t.cause_key, t.employee_id, t.unit_id, t.day, t.severity, t.detail_key, t.detail_args,
					    'OPEN', :now, :now
					from unnest(:kinds, :keys, :employees, :units, :days, :severities, :detailKeys, :detailArgs)
					    as t(kind, cause_key, employee_id, unit_id, day, severity, detail_key, detail_args)
					on conflict (cause_key) do update set unit_id = excluded.unit_id, day = excluded.day,
					    severity = excluded.severity, detail_key = excluded.detail_key, detail_args = excluded.detail_args,
					    updated_at = excluded.updated_at,
					    status = case when discipline_flag.withdrawn_at is null then discipline_flag.status else 'OPEN' end,
					    review_note = case when discipline_flag.withdrawn_at is null then discipline_flag.review_note end,
					    reviewed_by = case when discipline_flag.withdrawn_at is null then discipline_flag.reviewed_by end,
					    reviewed_at = case when discipline_flag.withdrawn_at is null then discipline_flag.reviewed_at end,
					    withdrawn_at = null, version = discipline_flag.version + 1
					where discipline_flag.withdrawn_at is not null or discipline_flag.day <> excluded.day
					    or discipline_flag.severity <> excluded.severity or discipline_flag.detail_key <> excluded.detail_key
					    or discipline_flag.detail_args is distinct from excluded.detail_args""")
			.param("kinds", SqlArrays.texts(kinds))
			.param("keys", SqlArrays.texts(keys))
			.param("employees", SqlArrays.bigints(employees))
			.param("units", SqlArrays.bigints(units))
			.param("days", SqlArrays.dates(days))
			.param("severities", SqlArrays.texts(severities))
			.param("detailKeys", SqlArrays.texts(detailKeys))
			.param("detailArgs", SqlArrays.texts(detailArgs))
			.param("now", java.sql.Timestamp.from(now))
			.update();
	}

	/** Withdraws flags whose cause went away. */
	void withdraw(Collection<Long> ids, Instant now) {
		if (ids.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				update discipline_flag set withdrawn_at = :now, updated_at = :now, version = version + 1
				where id = any(:ids) and withdrawn_at is null""")
			.param("ids", SqlArrays.bigints(ids))
			.param("now", java.sql.Timestamp.from(now))
			.update();
	}

	/** An active flag. */
	record Existing(long id, String causeKey) {
	}

	/**
	 * A flag the rules call for.
	 *
	 * @param employeeId the employee, or {@code null} for a unit-level flag
	 */
	record Raised(FlagKind kind, String causeKey, Long employeeId, long unitId, LocalDate day, FlagSeverity severity,
			String detailKey, List<String> detailArgs) {
	}

}
