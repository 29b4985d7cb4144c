package id.siapel.calendar;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import id.siapel.organization.Units;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads everything a {@link WorkCalendar} holds: the unit tree, every typed day (one
 * query with their units), the monitoring periods and the working hours.
 */
@Component
@RequiredArgsConstructor
class CalendarSnapshots {

	private final JdbcClient jdbc;

	private final Units units;

	private final MonitoringPeriodRepository periods;

	private final WorkingHoursRuleRepository rules;

	private final RamadanPeriodRepository ramadan;

	@Transactional(readOnly = true)
	WorkCalendar load() {
		return new WorkCalendar(this.units.tree(), days(),
				this.periods.findAll().stream().map(MonitoringPeriod::view).toList(),
				new WorkSchedule(this.rules.findAll().stream().map(WorkingHoursRule::view).toList(),
						this.ramadan.findAll().stream().map(RamadanPeriod::view).toList()));
	}

	private List<SpecialDay> days() {
		return this.jdbc.sql("""
				select d.id, d.day, d.kind, d.name, d.name_en, d.instrument, d.instrument_date, d.source, d.version,
				       array_agg(u.unit_id) filter (where u.unit_id is not null) as unit_ids
				from calendar_day d
				left join calendar_day_unit u on u.calendar_day_id = d.id
				group by d.id""").query((rs, row) -> day(rs)).list();
	}

	private static SpecialDay day(ResultSet rs) throws SQLException {
		Date instrumentDate = rs.getDate("instrument_date");
		return new SpecialDay(rs.getLong("id"), rs.getDate("day").toLocalDate(), DayKind.valueOf(rs.getString("kind")),
				rs.getString("name"), rs.getString("name_en"), rs.getString("instrument"),
				(instrumentDate != null) ? instrumentDate.toLocalDate() : null, rs.getString("source"),
				unitIds(rs.getArray("unit_ids")), rs.getLong("version"));
	}

	private static Set<Long> unitIds(Array array) throws SQLException {
		if (array == null) {
			return Set.of();
		}
		Object[] values = (Object[]) array.getArray();
		java.util.Set<Long> ids = new java.util.HashSet<>();
		for (Object value : values) {
			ids.add(((Number) value).longValue());
		}
		return ids;
	}

}
