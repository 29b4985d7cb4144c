package id.siapel.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The Pilkada Serentak 2024 template: the stages of PKPU 2/2024
 * ({@code calendar/pilkada-2024.csv}, a copy of the reference data with its sources) that
 * OPD heads watched attendance in: the campaign, the quiet period (masa tenang), voting
 * day (a national holiday by Keppres 33/2024) and the counting and recapitulation.
 */
final class PilkadaTemplate {

	static final String RESOURCE = "/calendar/pilkada-2024.csv";

	/** The stages to watch, by the start of their name in the CSV. */
	static final List<String> WATCHED_STAGES = List.of("Pelaksanaan kampanye", "Masa tenang", "Pemungutan suara",
			"Penghitungan suara");

	static final String PREFIX = "Pilkada 2024: ";

	private PilkadaTemplate() {
	}

	/** The monitoring periods the template creates, in date order. */
	static List<MonitoringPeriods.PeriodInput> periods(String circularNumber, LocalDate circularDate) {
		List<MonitoringPeriods.PeriodInput> periods = new ArrayList<>();
		for (CSVRecord stage : stages()) {
			String name = stage.get("stage_id");
			if (WATCHED_STAGES.stream().anyMatch(name::startsWith)) {
				periods.add(new MonitoringPeriods.PeriodInput(PREFIX + name, MonitoringKind.ELECTION,
						LocalDate.parse(stage.get("start_date")), LocalDate.parse(stage.get("end_date")),
						circularNumber, circularDate));
			}
		}
		return periods;
	}

	private static List<CSVRecord> stages() {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (InputStream in = PilkadaTemplate.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + RESOURCE);
			}
			try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
					CSVParser parser = CSVParser.parse(reader, format)) {
				return parser.getRecords();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
