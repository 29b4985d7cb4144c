package id.siapel.calendar;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A calendar CSV: the columns of {@code holidays-2023-2026.csv} ({@code date, kind,
 * name_id, name_en, source}) plus optional {@code unit_codes}, {@code instrument} and
 * {@code instrument_date}. Headers are compared without case and punctuation; ',' or ';'
 * separates the fields (Excel in an Indonesian locale writes ';').
 */
final class CalendarCsv {

	static final int MAX_BYTES = 2 * 1024 * 1024;

	static final int MAX_LINES = 5_000;

	enum Column {

		DATE(true, "date", "tanggal"), KIND(true, "kind", "jenis"), NAME(true, "nameid", "name", "nama"),
		NAME_EN(false, "nameen"), SOURCE(false, "source", "sumber"),
		INSTRUMENT(false, "instrument", "instrumen", "dasarhukum"),
		INSTRUMENT_DATE(false, "instrumentdate", "tanggalinstrumen"),
		UNIT_CODES(false, "unitcodes", "units", "unit", "kodeunit");

		final boolean required;

		final Set<String> aliases;

		Column(boolean required, String... aliases) {
			this.required = required;
			this.aliases = Set.of(aliases);
		}

		static Optional<Column> of(String header) {
			String key = header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
			for (Column column : values()) {
				if (column.aliases.contains(key)) {
					return Optional.of(column);
				}
			}
			return Optional.empty();
		}

	}

	/** A data line: its number in the file (the header is line 1) and its cells. */
	record Line(int number, Map<Column, String> cells) {

		String get(Column column) {
			String value = this.cells.get(column);
			return (value != null) ? value.strip() : "";
		}

	}

	/** The file, or why it cannot be read (a message key and its arguments). */
	record Table(List<Column> missing, List<Line> lines, String errorKey, Object[] errorArguments) {

		boolean readable() {
			return this.errorKey == null;
		}

	}

	private CalendarCsv() {
	}

	static Table read(byte[] content) {
		if (content == null || content.length == 0) {
			return failed("calendar.import.empty");
		}
		if (content.length > MAX_BYTES) {
			return failed("calendar.import.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		String text = new String(content, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		int firstLineEnd = text.indexOf('\n');
		String firstLine = (firstLineEnd < 0) ? text : text.substring(0, firstLineEnd);
		char delimiter = (count(firstLine, ';') > count(firstLine, ',')) ? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			Map<Integer, Column> columns = null;
			List<Line> lines = new ArrayList<>();
			for (CSVRecord record : parser) {
				if (columns == null) {
					columns = header(record);
					continue;
				}
				if (record.stream().allMatch((cell) -> cell == null || cell.isBlank())) {
					continue;
				}
				if (lines.size() >= MAX_LINES) {
					return failed("calendar.import.tooManyLines", MAX_LINES);
				}
				Map<Column, String> cells = new EnumMap<>(Column.class);
				for (Map.Entry<Integer, Column> column : columns.entrySet()) {
					if (column.getKey() < record.size()) {
						cells.put(column.getValue(), record.get(column.getKey()));
					}
				}
				lines.add(new Line((int) record.getRecordNumber(), cells));
			}
			if (columns == null) {
				return failed("calendar.import.empty");
			}
			List<Column> missing = new ArrayList<>();
			for (Column column : Column.values()) {
				if (column.required && !columns.containsValue(column)) {
					missing.add(column);
				}
			}
			return new Table(missing, lines, null, null);
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			return failed("calendar.import.unreadable", ex.getMessage());
		}
	}

	private static Map<Integer, Column> header(CSVRecord record) {
		Map<Integer, Column> columns = new java.util.LinkedHashMap<>();
		for (int i = 0; i < record.size(); i++) {
			Optional<Column> column = Column.of(record.get(i));
			if (column.isPresent() && !columns.containsValue(column.get())) {
				columns.put(i, column.get());
			}
		}
		return columns;
	}

	private static Table failed(String key, Object... arguments) {
		return new Table(List.of(), List.of(), key, arguments);
	}

	private static int count(String text, char c) {
		return (int) text.chars().filter((ch) -> ch == c).count();
	}

}
