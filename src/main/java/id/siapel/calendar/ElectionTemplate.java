package id.siapel.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * An election template read from {@code calendar/templates/}: the stages of an election
 * schedule during which attendance is watched.
 *
 * @param id e.g. {@code pilkada-2024}
 * @param name e.g. "Pilkada Serentak 2024"
 * @param shortName the prefix of the period names, e.g. "Pilkada 2024"
 * @param basis the regulation setting the schedule, e.g. "PKPU 2/2024"
 * @param stages the watched stages in the order of the CSV
 */
public record ElectionTemplate(String id, String name, String shortName, String basis, List<Stage> stages) {

	/** The monitoring periods the template creates, with the circular ordering them. */
	public List<MonitoringPeriods.PeriodInput> periods(String circularNumber, LocalDate circularDate) {
		return this.stages.stream()
			.map((stage) -> new MonitoringPeriods.PeriodInput(this.shortName + ": " + stage.name(),
					MonitoringKind.ELECTION, stage.startDate(), stage.endDate(), circularNumber, circularDate))
			.toList();
	}

	/**
	 * A stage of the schedule.
	 *
	 * @param source where the dates come from (the CSV's {@code source} column)
	 */
	public record Stage(String name, LocalDate startDate, LocalDate endDate, String source) {
	}

}
