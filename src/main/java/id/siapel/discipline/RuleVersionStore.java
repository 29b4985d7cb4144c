package id.siapel.discipline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.siapel.discipline.rules.Authority;
import id.siapel.discipline.rules.LadderStep;
import id.siapel.discipline.rules.SanctionLevel;
import id.siapel.employee.EmploymentType;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The rows of the counting-rule versions and the ladder versions, for the settings pages:
 * read, written with a version check (optimistic locking), and whether any counted
 * absence falls in a version's period (then it has been used and stays as it is).
 */
@Component
@RequiredArgsConstructor
class RuleVersionStore {

	/** Later than any day the application counts. */
	static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

	private final JdbcClient jdbc;

	record CountingRow(long id, LocalDate effectiveFrom, int singleSessionMinutes, int minutesPerDay,
			int earlyWarningStreak, String legalBasis, String changedBy, long version) {
	}

	record LadderRow(long id, String code, String name, List<EmploymentType> types, LocalDate effectiveFrom,
			String legalSource, Integer consecutiveDays, String changedBy, long version, List<LadderStep> steps,
			LadderStep consecutiveStep) {
	}

	List<CountingRow> countingRows() {
		return this.jdbc.sql("""
				select id, effective_from, single_session_minutes, minutes_per_day, early_warning_streak, note,
				    coalesce(updated_by, created_by) as changed_by, version
				from discipline_rule_set order by effective_from""")
			.query((rs, n) -> new CountingRow(rs.getLong("id"), rs.getObject("effective_from", LocalDate.class),
					rs.getInt("single_session_minutes"), rs.getInt("minutes_per_day"),
					rs.getInt("early_warning_streak"), rs.getString("note"), rs.getString("changed_by"),
					rs.getLong("version")))
			.list();
	}

	Optional<Long> countingAt(LocalDate effectiveFrom) {
		return this.jdbc.sql("select id from discipline_rule_set where effective_from = :day")
			.param("day", effectiveFrom)
			.query(Long.class)
			.optional();
	}

	long insertCounting(CountingRow row, Instant now, String user) {
		return this.jdbc.sql("""
				insert into discipline_rule_set (effective_from, single_session_minutes, minutes_per_day,
				    early_warning_streak, note, created_at, created_by)
				values (:from, :single, :perDay, :streak, :note, :now, :user) returning id""")
			.param("from", row.effectiveFrom())
			.param("single", row.singleSessionMinutes())
			.param("perDay", row.minutesPerDay())
			.param("streak", row.earlyWarningStreak())
			.param("note", row.legalBasis())
			.param("now", java.sql.Timestamp.from(now))
			.param("user", user)
			.query(Long.class)
			.single();
	}

	void updateCounting(CountingRow row, Instant now, String user) {
		int updated = this.jdbc.sql("""
				update discipline_rule_set set effective_from = :from, single_session_minutes = :single,
				    minutes_per_day = :perDay, early_warning_streak = :streak, note = :note, updated_at = :now,
				    updated_by = :user, version = version + 1
				where id = :id and version = :version""")
			.param("from", row.effectiveFrom())
			.param("single", row.singleSessionMinutes())
			.param("perDay", row.minutesPerDay())
			.param("streak", row.earlyWarningStreak())
			.param("note", row.legalBasis())
			.param("now", java.sql.Timestamp.from(now))
			.param("user", user)
			.param("id", row.id())
			.param("version", row.version())
			.update();
		stale(updated, "discipline_rule_set", row.id());
	}

	void deleteCounting(long id, long version) {
		stale(this.jdbc.sql("delete from discipline_rule_set where id = :id and version = :version")
			.param("id", id)
			.param("version", version)
			.update(), "discipline_rule_set", id);
	}

	/** Whether any absence was counted on a day in {@code [from, to)}. */
	boolean countedBetween(LocalDate from, LocalDate to) {
		return this.jdbc.sql("select exists (select 1 from discipline_day where day >= :from and day < :to)")
			.param("from", from)
			.param("to", to)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Whether any absence of these employment types was counted on a day in
	 * {@code [from, to)}.
	 */
	boolean countedBetween(LocalDate from, LocalDate to, List<EmploymentType> types) {
		return this.jdbc.sql("""
				select exists (select 1 from discipline_day d join employee e on e.id = d.employee_id
				    where d.day >= :from and d.day < :to and e.employment_type in (:types))""")
			.param("from", from)
			.param("to", to)
			.param("types", types.stream().map(Enum::name).toList())
			.query(Boolean.class)
			.single();
	}

	List<LadderRow> ladderRows(String code) {
		Map<Long, LadderRow> ladders = new LinkedHashMap<>();
		this.jdbc.sql("""
				select id, code, name, employment_types, effective_from, legal_source, consecutive_days,
				    coalesce(updated_by, created_by) as changed_by, version
				from sanction_ladder where code = :code order by effective_from""").param("code", code).query((rs) -> {
			ladders.put(rs.getLong("id"),
					new LadderRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
							Arrays.stream(rs.getString("employment_types").split(","))
								.map(String::strip)
								.map(EmploymentType::valueOf)
								.toList(),
							rs.getObject("effective_from", LocalDate.class), rs.getString("legal_source"),
							(Integer) rs.getObject("consecutive_days"), rs.getString("changed_by"),
							rs.getLong("version"), new ArrayList<>(), null));
		});
		Map<Long, LadderStep> consecutive = new LinkedHashMap<>();
		this.jdbc.sql("""
				select s.ladder_id, s.min_days, s.max_days, s.level, s.sanction, s.label, s.legal_basis, s.authority
				from sanction_step s join sanction_ladder l on l.id = s.ladder_id
				where l.code = :code order by s.ladder_id, s.min_days nulls last""").param("code", code).query((rs) -> {
			Integer min = (Integer) rs.getObject("min_days");
			LadderStep step = new LadderStep((min != null) ? min : 0, (Integer) rs.getObject("max_days"),
					SanctionLevel.valueOf(rs.getString("level")), rs.getString("sanction"), rs.getString("label"),
					rs.getString("legal_basis"), Authority.valueOf(rs.getString("authority")));
			if (min == null) {
				consecutive.put(rs.getLong("ladder_id"), step);
			}
			else {
				ladders.get(rs.getLong("ladder_id")).steps().add(step);
			}
		});
		return ladders.values()
			.stream()
			.map((row) -> new LadderRow(row.id(), row.code(), row.name(), row.types(), row.effectiveFrom(),
					row.legalSource(), row.consecutiveDays(), row.changedBy(), row.version(), List.copyOf(row.steps()),
					consecutive.get(row.id())))
			.toList();
	}

	Optional<String> ladderCode(long id) {
		return this.jdbc.sql("select code from sanction_ladder where id = :id")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	Optional<Long> ladderAt(String code, LocalDate effectiveFrom) {
		return this.jdbc.sql("select id from sanction_ladder where code = :code and effective_from = :day")
			.param("code", code)
			.param("day", effectiveFrom)
			.query(Long.class)
			.optional();
	}

	long insertLadder(LadderRow row, Instant now, String user) {
		long id = this.jdbc.sql("""
				insert into sanction_ladder (code, name, employment_types, effective_from, consecutive_days,
				    legal_source, created_at, created_by)
				values (:code, :name, :types, :from, :consecutive, :source, :now, :user) returning id""")
			.param("code", row.code())
			.param("name", row.name())
			.param("types", String.join(",", row.types().stream().map(Enum::name).toList()))
			.param("from", row.effectiveFrom())
			.param("consecutive", (row.consecutiveStep() != null) ? row.consecutiveDays() : null,
					java.sql.Types.INTEGER)
			.param("source", row.legalSource())
			.param("now", java.sql.Timestamp.from(now))
			.param("user", user)
			.query(Long.class)
			.single();
		insertSteps(id, row);
		return id;
	}

	void updateLadder(LadderRow row, Instant now, String user) {
		int updated = this.jdbc.sql("""
				update sanction_ladder set name = :name, effective_from = :from, consecutive_days = :consecutive,
				    legal_source = :source, updated_at = :now, updated_by = :user, version = version + 1
				where id = :id and version = :version""")
			.param("name", row.name())
			.param("from", row.effectiveFrom())
			.param("consecutive", (row.consecutiveStep() != null) ? row.consecutiveDays() : null,
					java.sql.Types.INTEGER)
			.param("source", row.legalSource())
			.param("now", java.sql.Timestamp.from(now))
			.param("user", user)
			.param("id", row.id())
			.param("version", row.version())
			.update();
		stale(updated, "sanction_ladder", row.id());
		this.jdbc.sql("delete from sanction_step where ladder_id = :id").param("id", row.id()).update();
		insertSteps(row.id(), row);
	}

	void deleteLadder(long id, long version) {
		// Its rungs go with it (on delete cascade).
		stale(this.jdbc.sql("delete from sanction_ladder where id = :id and version = :version")
			.param("id", id)
			.param("version", version)
			.update(), "sanction_ladder", id);
	}

	private void insertSteps(long ladderId, LadderRow row) {
		List<LadderStep> all = new ArrayList<>(row.steps());
		if (row.consecutiveStep() != null) {
			all.add(row.consecutiveStep());
		}
		for (LadderStep step : all) {
			boolean consecutive = step == row.consecutiveStep();
			this.jdbc.sql("""
					insert into sanction_step (ladder_id, min_days, max_days, level, sanction, label, legal_basis,
					    authority)
					values (:ladder, :min, :max, :level, :sanction, :label, :basis, :authority)""")
				.param("ladder", ladderId)
				.param("min", consecutive ? null : step.minDays(), java.sql.Types.INTEGER)
				.param("max", consecutive ? null : step.maxDays(), java.sql.Types.INTEGER)
				.param("level", step.level().name())
				.param("sanction", step.sanction())
				.param("label", step.label())
				.param("basis", step.legalBasis())
				.param("authority", step.authority().name())
				.update();
		}
	}

	private static void stale(int updated, String table, long id) {
		if (updated == 0) {
			throw new ObjectOptimisticLockingFailureException(table, id);
		}
	}

}
