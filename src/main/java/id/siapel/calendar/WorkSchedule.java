package id.siapel.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Pemda's working hours over time: the rules by effective date and the Ramadan
 * periods. Plain Java and immutable.
 */
public final class WorkSchedule {

	private final NavigableMap<LocalDate, HoursRule> rules = new TreeMap<>();

	private final NavigableMap<LocalDate, RamadanPeriodView> ramadan = new TreeMap<>();

	/**
	 * @param rules the rules; none means {@link HoursRule#defaults} from the start
	 * @param ramadan the Ramadan periods (they do not overlap)
	 */
	public WorkSchedule(Collection<HoursRule> rules, Collection<RamadanPeriodView> ramadan) {
		for (HoursRule rule : rules) {
			this.rules.put(rule.effectiveFrom(), rule);
		}
		if (this.rules.isEmpty()) {
			this.rules.put(LocalDate.of(2000, 1, 1), HoursRule.defaults(LocalDate.of(2000, 1, 1)));
		}
		for (RamadanPeriodView period : ramadan) {
			this.ramadan.put(period.startDate(), period);
		}
	}

	/** The default hours and no Ramadan period (for tests). */
	public static WorkSchedule defaults() {
		return new WorkSchedule(List.of(), List.of());
	}

	/**
	 * The rule in force on a date; a date before the first rule gets the first rule.
	 */
	public HoursRule ruleOn(LocalDate date) {
		Map.Entry<LocalDate, HoursRule> entry = this.rules.floorEntry(date);
		return (entry != null) ? entry.getValue() : this.rules.firstEntry().getValue();
	}

	public Optional<RamadanPeriodView> ramadanOn(LocalDate date) {
		Map.Entry<LocalDate, RamadanPeriodView> entry = this.ramadan.floorEntry(date);
		return (entry != null && entry.getValue().covers(date)) ? Optional.of(entry.getValue()) : Optional.empty();
	}

	public WorkingHours hoursOn(LocalDate date) {
		boolean duringRamadan = ramadanOn(date).isPresent();
		TimeSpan span = ruleOn(date).hours(date.getDayOfWeek(), duringRamadan);
		return new WorkingHours(span.start(), span.end(), duringRamadan);
	}

	public ApelTimes apelTimesOn(LocalDate date) {
		WorkingHours hours = hoursOn(date);
		HoursRule rule = ruleOn(date);
		return new ApelTimes(hours.start(), hours.end(), later(hours.start(), rule.morningCutoffMinutes()),
				later(hours.end(), rule.eveningCutoffMinutes()));
	}

	public List<HoursRule> rules() {
		return List.copyOf(this.rules.values());
	}

	public List<RamadanPeriodView> ramadanPeriods() {
		return List.copyOf(this.ramadan.values());
	}

	/** A time that many minutes later, but never past midnight of the same day. */
	private static LocalTime later(LocalTime time, int minutes) {
		int total = time.toSecondOfDay() / 60 + minutes;
		return (total >= 24 * 60) ? LocalTime.of(23, 59) : LocalTime.ofSecondOfDay(total * 60L);
	}

}
