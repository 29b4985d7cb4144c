package id.siapel.discipline.cases;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import id.siapel.discipline.DisciplineRules;
import id.siapel.discipline.rules.LadderStep;
import id.siapel.discipline.rules.SanctionLadder;
import id.siapel.discipline.rules.SanctionLevel;
import id.siapel.employee.EmploymentType;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sanctions of the ladders (PNS, PPPK, non-ASN) by code, with their weight: the level
 * first, then the rung's threshold, so a written reprimand weighs more than an oral one
 * and any moderate sanction more than any light one. Read from the ladder tables each
 * time, so an edited ladder counts at once.
 */
@Component
@RequiredArgsConstructor
class SanctionCatalog {

	private final JdbcClient jdbc;

	private final DisciplineRules rules;

	/**
	 * The sanctions of one employee's own ladder: the ladder of his employment type in
	 * force on the day (the decision date), so a PPPK decree carries PP 49/2018's basis
	 * and a PNS cannot be given a PPPK sanction. Empty when no ladder applies to the
	 * type.
	 */
	Ladder ladder(EmploymentType type, LocalDate day) {
		DisciplineRules.RuleBook book = this.rules.book();
		Optional<SanctionLadder> found = book.ladderFor(type, day);
		if (found.isEmpty()) {
			// Before the first version: the oldest ladder of the type.
			found = book.ladders()
				.stream()
				.filter((typed) -> typed.types().contains(type))
				.map(DisciplineRules.TypedLadder::ladder)
				.min(Comparator.comparing(SanctionLadder::effectiveFrom));
		}
		if (found.isEmpty()) {
			return new Ladder(null, Map.of());
		}
		SanctionLadder ladder = found.get();
		Map<String, SanctionOption> options = new LinkedHashMap<>();
		Map<String, Integer> thresholds = new LinkedHashMap<>();
		for (LadderStep step : ladder.steps()) {
			thresholds.merge(step.sanction(), step.minDays(), Math::min);
		}
		for (LadderStep step : ladder.steps()) {
			options.putIfAbsent(step.sanction(), option(step, thresholds.get(step.sanction())));
		}
		LadderStep consecutive = ladder.consecutiveStep();
		if (consecutive != null) {
			options.putIfAbsent(consecutive.sanction(), option(consecutive, thresholds.get(consecutive.sanction())));
		}
		return new Ladder(ladder.name(), options);
	}

	private static SanctionOption option(LadderStep step, Integer threshold) {
		return new SanctionOption(step.sanction(), step.level(), step.label(), step.legalBasis(),
				step.authority().name(), step.level().ordinal() * 1000 + ((threshold != null) ? threshold : 999));
	}

	/**
	 * The sanctions of an employee's ladder by code, lightest first.
	 *
	 * @param name the ladder's name, or {@code null} when none applies
	 * @param options the sanctions by code
	 */
	record Ladder(String name, Map<String, SanctionOption> options) {
	}

	/** The sanctions of every ladder (the PNS one first), for a form without employee. */
	Map<String, SanctionOption> options() {
		Map<String, SanctionOption> options = new LinkedHashMap<>();
		this.jdbc.sql("""
				select s.sanction, s.level, s.label, s.legal_basis, s.authority,
				       min(s.min_days) over (partition by s.sanction) as threshold
				from sanction_step s join sanction_ladder l on l.id = s.ladder_id
				order by (l.code = 'PNS') desc, l.code, l.effective_from desc, s.min_days nulls last""").query((rs) -> {
			String code = rs.getString("sanction");
			if (!options.containsKey(code)) {
				SanctionLevel level = SanctionLevel.valueOf(rs.getString("level"));
				int threshold = rs.getObject("threshold") != null ? rs.getInt("threshold") : 999;
				options.put(code, new SanctionOption(code, level, rs.getString("label"), rs.getString("legal_basis"),
						rs.getString("authority"), level.ordinal() * 1000 + threshold));
			}
		});
		return options;
	}

	Optional<SanctionOption> find(String code) {
		return (code == null) ? Optional.empty() : Optional.ofNullable(options().get(code));
	}

}
