package id.siapel.calendar;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The election templates are data (a CSV per election under {@code calendar/templates/}),
 * each date with its public source.
 */
class ElectionTemplatesTests {

	final ElectionTemplates templates = new ElectionTemplates();

	@Test
	void pilkadaAndPemilu2024AreReadFromTheirCsv() {
		assertThat(this.templates.all()).extracting(ElectionTemplate::id)
			.containsExactly("pilkada-2024", "pemilu-2024");
		assertThat(this.templates.find("nope")).isEmpty();
	}

	@Test
	void thePilkadaTemplateKeepsItsFourStages() {
		List<MonitoringPeriods.PeriodInput> periods = this.templates.find("pilkada-2024")
			.orElseThrow()
			.periods("800.1.6/1234/SETDA/2024", LocalDate.of(2024, 9, 20));
		assertThat(periods)
			.extracting(MonitoringPeriods.PeriodInput::name, MonitoringPeriods.PeriodInput::startDate,
					MonitoringPeriods.PeriodInput::endDate)
			.containsExactly(
					tuple("Pilkada 2024: Pelaksanaan kampanye", LocalDate.of(2024, 9, 25), LocalDate.of(2024, 11, 23)),
					tuple("Pilkada 2024: Masa tenang", LocalDate.of(2024, 11, 24), LocalDate.of(2024, 11, 26)),
					tuple("Pilkada 2024: Pemungutan suara (hari libur nasional, Keppres 33/2024)",
							LocalDate.of(2024, 11, 27), LocalDate.of(2024, 11, 27)),
					tuple("Pilkada 2024: Penghitungan suara dan rekapitulasi hasil penghitungan suara",
							LocalDate.of(2024, 11, 27), LocalDate.of(2024, 12, 16)));
		assertThat(periods).allMatch((p) -> p.kind() == MonitoringKind.ELECTION)
			.allMatch((p) -> "800.1.6/1234/SETDA/2024".equals(p.circularNumber()));
	}

	@Test
	void thePemiluTemplateVotesOnTheFourteenthOfFebruary2024AndCitesItsSources() {
		ElectionTemplate pemilu = this.templates.find("pemilu-2024").orElseThrow();
		assertThat(pemilu.basis()).isEqualTo("PKPU 3/2022");
		assertThat(pemilu.periods(null, null))
			.extracting(MonitoringPeriods.PeriodInput::name, MonitoringPeriods.PeriodInput::startDate,
					MonitoringPeriods.PeriodInput::endDate)
			.contains(tuple("Pemilu 2024: Masa kampanye", LocalDate.of(2023, 11, 28), LocalDate.of(2024, 2, 10)),
					tuple("Pemilu 2024: Masa tenang", LocalDate.of(2024, 2, 11), LocalDate.of(2024, 2, 13)),
					tuple("Pemilu 2024: Pemungutan suara", LocalDate.of(2024, 2, 14), LocalDate.of(2024, 2, 14)));
		for (ElectionTemplate template : this.templates.all()) {
			assertThat(template.stages()).isNotEmpty()
				.allSatisfy((stage) -> assertThat(stage.source()).contains("https://"))
				.allSatisfy((stage) -> assertThat(stage.endDate()).isAfterOrEqualTo(stage.startDate()));
		}
	}

}
