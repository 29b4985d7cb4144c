package id.siapel.discipline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import id.siapel.discipline.rules.Authority;
import id.siapel.discipline.rules.CountingRules;
import id.siapel.discipline.rules.LadderStep;
import id.siapel.discipline.rules.SanctionLadder;
import id.siapel.discipline.rules.SanctionLevel;
import id.siapel.employee.EmploymentType;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rule values and sanction ladders in force on a date, read from their tables (a few
 * dozen rows) on each use, so that a change made by HR applies at once.
 */
@Component
@RequiredArgsConstructor
public class DisciplineRules {

	private final JdbcClient jdbc;

	/** Every counting-rule set, oldest first. */
	@Transactional(readOnly = true)
	public RuleBook book() {
		List<CountingRules> counting = this.jdbc.sql("""
				select effective_from, single_session_minutes, minutes_per_day, early_warning_streak
				from discipline_rule_set order by effective_from""")
			.query((rs, n) -> new CountingRules(rs.getObject("effective_from", LocalDate.class),
					rs.getInt("single_session_minutes"), rs.getInt("minutes_per_day"),
					rs.getInt("early_warning_streak")))
			.list();
		Map<Long, LadderRow> ladders = new LinkedHashMap<>();
		this.jdbc.sql("""
				select id, code, name, employment_types, effective_from, consecutive_days from sanction_ladder
				order by effective_from, code""").query((rs) -> {
			ladders.put(rs.getLong("id"),
					new LadderRow(rs.getString("code"), rs.getString("name"),
							Arrays.stream(rs.getString("employment_types").split(","))
								.map(String::strip)
								.map(EmploymentType::valueOf)
								.collect(Collectors.toSet()),
							rs.getObject("effective_from", LocalDate.class), (Integer) rs.getObject("consecutive_days"),
							new ArrayList<>()));
		});
		this.jdbc.sql("""
				select ladder_id, min_days, max_days, level, sanction, label, legal_basis, authority
				from sanction_step order by ladder_id, min_days nulls last""").query((rs) -> {
			LadderRow ladder = ladders.get(rs.getLong("ladder_id"));
			ladder.steps()
				.add(new StepRow((Integer) rs.getObject("min_days"),
						new LadderStep((rs.getObject("min_days") != null) ? rs.getInt("min_days") : 0,
								(Integer) rs.getObject("max_days"), SanctionLevel.valueOf(rs.getString("level")),
								rs.getString("sanction"), rs.getString("label"), rs.getString("legal_basis"),
								Authority.valueOf(rs.getString("authority")))));
		});
		List<TypedLadder> typed = ladders.values().stream().map(LadderRow::toLadder).toList();
		return new RuleBook(counting.isEmpty() ? List.of(CountingRules.DEFAULT) : counting, typed);
	}

	/**
	 * All rule values and ladders, to answer for any date and employment type without
	 * another query.
	 */
	public record RuleBook(List<CountingRules> counting, List<TypedLadder> ladders) {

		/** The counting rules in force on a day (the latest not after it). */
		public CountingRules countingOn(LocalDate day) {
			CountingRules found = this.counting.get(0);
			for (CountingRules rules : this.counting) {
				if (!rules.effectiveFrom().isAfter(day)) {
					found = rules;
				}
			}
			return found;
		}

		/** The ladder for an employment type in force on a day, if any. */
		public java.util.Optional<SanctionLadder> ladderFor(EmploymentType type, LocalDate day) {
			return this.ladders.stream()
				.filter((ladder) -> ladder.types().contains(type) && !ladder.ladder().effectiveFrom().isAfter(day))
				.max(Comparator.comparing((TypedLadder ladder) -> ladder.ladder().effectiveFrom()))
				.map(TypedLadder::ladder);
		}

	}

	/** A ladder with the employment types it applies to. */
	public record TypedLadder(Set<EmploymentType> types, SanctionLadder ladder) {
	}

	private record StepRow(Integer minDays, LadderStep step) {
	}

	private record LadderRow(String code, String name, Set<EmploymentType> types, LocalDate effectiveFrom,
			Integer consecutiveDays, List<StepRow> steps) {

		TypedLadder toLadder() {
			List<LadderStep> byTotal = this.steps.stream()
				.filter((row) -> row.minDays() != null)
				.map(StepRow::step)
				.toList();
			LadderStep consecutive = this.steps.stream()
				.filter((row) -> row.minDays() == null)
				.map(StepRow::step)
				.findFirst()
				.orElse(null);
			return new TypedLadder(this.types, new SanctionLadder(this.code, this.name, this.effectiveFrom, byTotal,
					(consecutive != null) ? this.consecutiveDays : null, consecutive));
		}

	}

}
