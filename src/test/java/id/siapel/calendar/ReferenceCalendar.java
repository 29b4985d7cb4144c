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

import id.siapel.organization.UnitKind;
import id.siapel.organization.UnitTree;
import id.siapel.organization.UnitView;
import id.siapel.organization.WorkPattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Test data for plain calendar tests: the shipped 2023–2026 national list read straight
 * from the CSV, and a small unit tree (Pemda → Dinkes → Puskesmas; RSUD on a six-day
 * week; Satpol PP).
 */
final class ReferenceCalendar {

	static final long PEMDA = 1;

	static final long DINKES = 2;

	static final long PUSKESMAS = 3;

	static final long RSUD = 4;

	static final long SATPOL = 5;

	private ReferenceCalendar() {
	}

	/** The rows of {@code holidays-2023-2026.csv}. */
	static List<CSVRecord> rows() {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (InputStream in = ReferenceCalendar.class.getResourceAsStream("/calendar/holidays-2023-2026.csv");
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(reader, format)) {
			return parser.getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<SpecialDay> nationalDays() {
		List<SpecialDay> days = new ArrayList<>();
		long id = 1;
		for (CSVRecord row : rows()) {
			days.add(new SpecialDay(id++, LocalDate.parse(row.get("date")), DayKind.valueOf(row.get("kind")),
					row.get("name_id"), row.get("name_en"), Instruments.instrumentOf(row.get("source")), null,
					row.get("source"), java.util.Set.of(), 0));
		}
		return days;
	}

	static UnitTree units() {
		return new UnitTree(List.of(unit(PEMDA, "PEMDA", UnitKind.REGION, null, WorkPattern.FIVE_DAY),
				unit(DINKES, "DINKES", UnitKind.AGENCY, PEMDA, WorkPattern.FIVE_DAY),
				unit(PUSKESMAS, "PKM-KOTA", UnitKind.TECHNICAL_UNIT, DINKES, WorkPattern.FIVE_DAY),
				unit(RSUD, "RSUD", UnitKind.HOSPITAL, PEMDA, WorkPattern.SIX_DAY),
				unit(SATPOL, "SATPOLPP", UnitKind.OTHER, PEMDA, WorkPattern.FIVE_DAY)));
	}

	static UnitView unit(long id, String code, UnitKind kind, Long parent, WorkPattern pattern) {
		return new UnitView(id, code, code, kind, parent, pattern, null, 0);
	}

	/**
	 * The national list plus the given extra days, default hours, no monitoring period.
	 */
	static WorkCalendar with(SpecialDay... extra) {
		List<SpecialDay> days = new ArrayList<>(nationalDays());
		days.addAll(List.of(extra));
		return new WorkCalendar(units(), days, List.of(), WorkSchedule.defaults());
	}

}
