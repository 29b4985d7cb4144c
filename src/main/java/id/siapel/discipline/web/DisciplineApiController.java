package id.siapel.discipline.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import id.siapel.discipline.RecapRow;
import id.siapel.discipline.Standing;
import id.siapel.discipline.Standings;
import id.siapel.discipline.rules.Authority;
import id.siapel.discipline.rules.Recommendation;
import id.siapel.discipline.rules.SanctionLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/discipline} (api.md, Discipline): an employee's standing and the list of
 * a unit or the regency; HR, SECRETARY, ADMIN, and UNIT_HEAD within scope.
 */
@RestController
@RequestMapping("/api/v1/discipline")
@RequiredArgsConstructor
class DisciplineApiController {

	private final Standings standings;

	private final Clock clock;

	@GetMapping("/{nip}")
	StandingJson standing(@PathVariable String nip, @RequestParam(required = false) Integer year) {
		return StandingJson
			.of(this.standings.standing(nip, (year != null) ? year : LocalDate.now(this.clock).getYear()));
	}

	@GetMapping
	List<RecapJson> list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String unit,
			@RequestParam(defaultValue = "1") int minDays) {
		return this.standings.recap((year != null) ? year : LocalDate.now(this.clock).getYear(), unit, minDays)
			.stream()
			.map(RecapJson::of)
			.toList();
	}

	record RecommendationJson(SanctionLevel level, String sanction, String label, String legalBasis,
			Authority authority, boolean byConsecutiveDays) {

		static RecommendationJson of(Recommendation recommendation) {
			return new RecommendationJson(recommendation.level(), recommendation.sanction(), recommendation.label(),
					recommendation.legalBasis(), recommendation.authority(), recommendation.byConsecutiveDays());
		}

	}

	record NextJson(int days, int daysToGo, String sanction, String label) {
	}

	record StandingJson(String nip, String name, String unitCode, String employmentType, int year, int workingDays,
			int unexcusedDays, int lateMinutes, int convertedDays, int totalDays, int longestUnexcusedStreak,
			String ladder, RecommendationJson recommendation, NextJson nextThreshold) {

		static StandingJson of(Standing s) {
			Recommendation.Next next = s.recommendation().next();
			return new StandingJson(s.nip(), s.name(), s.unitCode(), s.employmentType().name(), s.year(),
					s.workingDays(), s.unexcusedDays(), s.lateMinutes(), s.convertedDays(), s.totalDays(),
					s.longestStreak(), s.ladderName(), RecommendationJson.of(s.recommendation()),
					(next != null) ? new NextJson(next.days(), next.daysToGo(), next.sanction(), next.label()) : null);
		}

	}

	record RecapJson(String nip, String name, String unitCode, String employmentType, int unexcusedDays,
			int lateMinutes, int totalDays, int longestUnexcusedStreak, RecommendationJson recommendation) {

		static RecapJson of(RecapRow row) {
			return new RecapJson(row.nip(), row.name(), row.unitCode(), row.employmentType().name(),
					row.unexcusedDays(), row.lateMinutes(), row.totalDays(), row.longestStreak(),
					RecommendationJson.of(row.recommendation()));
		}

	}

}
