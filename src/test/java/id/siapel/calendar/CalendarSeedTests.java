package id.siapel.calendar;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import id.siapel.system.database.PostgresServer;
import id.siapel.testsupport.TestDatabase;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh installation holds the shipped calendar: every row of holidays-2023-2026.csv
 * (with its names, instrument and source) and the default working hours, from the
 * migrations alone — demo or not.
 */
class CalendarSeedTests {

	@Test
	void aFreshDatabaseHoldsTheNationalList2023To2026() throws SQLException {
		String database = TestDatabase.createFresh("calseed");
		PostgresServer server = TestDatabase.server();
		String url = server.jdbcUrl(database);
		Flyway.configure()
			.dataSource(url, server.username(), server.password())
			.locations("classpath:db/migration")
			.load()
			.migrate();
		List<CSVRecord> rows = ReferenceCalendar.rows();
		Map<String, Integer> expected = new TreeMap<>();
		for (CSVRecord row : rows) {
			expected.merge(row.get("date").substring(0, 4) + " " + row.get("kind"), 1, Integer::sum);
		}
		assertThat(expected).containsEntry("2023 NATIONAL_HOLIDAY", 16).containsEntry("2023 COLLECTIVE_LEAVE", 11);
		try (Connection connection = DriverManager.getConnection(url, server.username(), server.password())) {
			Map<String, Integer> actual = new TreeMap<>();
			try (ResultSet counts = connection.createStatement()
				.executeQuery("select extract(year from day)::int, kind, count(*) from calendar_day group by 1, 2")) {
				while (counts.next()) {
					actual.put(counts.getInt(1) + " " + counts.getString(2), counts.getInt(3));
				}
			}
			assertThat(actual).isEqualTo(expected);

			Map<String, CSVRecord> byKey = new HashMap<>();
			rows.forEach((row) -> byKey.put(row.get("date") + " " + row.get("kind"), row));
			try (PreparedStatement query = connection.prepareStatement(
					"select day, kind, name, name_en, instrument, instrument_date, source, all_units from calendar_day");
					ResultSet stored = query.executeQuery()) {
				int seen = 0;
				while (stored.next()) {
					CSVRecord row = byKey.get(stored.getDate("day").toLocalDate() + " " + stored.getString("kind"));
					assertThat(row).as("row for " + stored.getDate("day")).isNotNull();
					assertThat(stored.getString("name")).isEqualTo(row.get("name_id"));
					assertThat(stored.getString("name_en")).isEqualTo(row.get("name_en"));
					assertThat(stored.getString("source")).isEqualTo(row.get("source"));
					String instrument = Instruments.instrumentOf(row.get("source"));
					assertThat(stored.getString("instrument")).isEqualTo(instrument);
					LocalDate instrumentDate = (stored.getDate("instrument_date") != null)
							? stored.getDate("instrument_date").toLocalDate() : null;
					assertThat(instrumentDate).isEqualTo(Instruments.dateOf(instrument).orElse(null));
					assertThat(stored.getBoolean("all_units")).isTrue();
					seen++;
				}
				assertThat(seen).isEqualTo(rows.size());
			}
			try (ResultSet pilkada = connection.createStatement()
				.executeQuery("select instrument, instrument_date from calendar_day where day = date '2024-11-27'")) {
				assertThat(pilkada.next()).isTrue();
				assertThat(pilkada.getString(1)).isEqualTo("Keppres 33/2024 (21 Nov 2024)");
				assertThat(pilkada.getDate(2).toLocalDate()).isEqualTo(LocalDate.of(2024, 11, 21));
			}
			try (ResultSet hours = connection.createStatement()
				.executeQuery("select count(*), min(morning_cutoff_minutes), min(evening_cutoff_minutes) "
						+ "from working_hours_rule")) {
				hours.next();
				assertThat(hours.getInt(1)).isEqualTo(1);
				assertThat(hours.getInt(2)).isEqualTo(120);
				assertThat(hours.getInt(3)).isEqualTo(60);
			}
			try (ResultSet ramadan = connection.createStatement().executeQuery("select count(*) from ramadan_period")) {
				ramadan.next();
				assertThat(ramadan.getInt(1)).isEqualTo(4);
			}
		}
	}

}
