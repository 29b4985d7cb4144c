package id.siapel.employee.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import id.siapel.shared.InputLimits;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * An uploaded table (CSV or the first sheet of an XLSX workbook) as header names and text
 * cells, each line with its number in the file (the header is line 1). Dates formatted as
 * dates in Excel come out as {@code yyyy-MM-dd}.
 *
 * @param headers the header row, as written
 * @param lines the data lines, blank lines left out
 */
public record ImportTable(List<String> headers, List<Line> lines) {

	public static final int MAX_BYTES = 20 * 1024 * 1024;

	/** One data line: cells by header name. */
	public record Line(int number, Map<String, String> cells) {
	}

	public enum Format {

		CSV, XLSX;

		/** XLSX files are ZIP archives; anything else is read as CSV text. */
		public static Format of(byte[] content) {
			return (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4)
					? XLSX : CSV;
		}

	}

	/** Reads with the default limits ({@link InputLimits#defaults()}). */
	public static ImportTable read(byte[] content) throws ImportFileException {
		return read(content, InputLimits.defaults());
	}

	/**
	 * Reads the table, refusing it at the first column, line or cell beyond the limits
	 * (issue 14: one line of 300,000 headers used to build 300,000-entry maps for every
	 * line), and an XLSX archive that would unpack to more than it may before anything
	 * unpacks it.
	 */
	public static ImportTable read(byte[] content, InputLimits limits) throws ImportFileException {
		if (content == null || content.length == 0) {
			throw new ImportFileException("import.file.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new ImportFileException("import.file.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		return switch (Format.of(content)) {
			case XLSX -> readXlsx(content, limits);
			case CSV -> readCsv(content, limits);
		};
	}

	private static ImportTable readCsv(byte[] content, InputLimits limits) throws ImportFileException {
		String text = new String(content, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		int firstLineEnd = text.indexOf('\n');
		String firstLine = (firstLineEnd < 0) ? text : text.substring(0, firstLineEnd);
		// Excel in an Indonesian locale writes ';' between fields; everyone else ','.
		char delimiter = (count(firstLine, ';') > count(firstLine, ',')) ? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			List<String> headers = null;
			List<Line> lines = new ArrayList<>();
			for (CSVRecord record : parser) {
				List<String> cells = record.toList();
				int number = (int) record.getRecordNumber();
				check(cells, number, limits);
				if (headers == null) {
					headers = cells.stream().map(String::strip).toList();
					continue;
				}
				addLine(lines, headers, number, cells, limits);
			}
			if (headers == null) {
				throw new ImportFileException("import.file.empty");
			}
			return new ImportTable(headers, lines);
		}
		catch (IOException | java.io.UncheckedIOException | IllegalStateException ex) {
			throw new ImportFileException("import.file.unreadable", ex.getMessage());
		}
	}

	private static ImportTable readXlsx(byte[] content, InputLimits limits) throws ImportFileException {
		XlsxBombCheck.check(content, limits);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
				Stream<Row> rows = workbook.getFirstSheet().openStream()) {
			List<String> headers = null;
			List<Line> lines = new ArrayList<>();
			for (Row row : (Iterable<Row>) rows::iterator) {
				if (row.getCellCount() > limits.importColumns()) {
					throw new ImportFileException("import.file.tooManyColumns", limits.importColumns());
				}
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.getCellCount(); i++) {
					cells.add(text(row.getCell(i)));
				}
				check(cells, row.getRowNum(), limits);
				if (headers == null) {
					if (cells.stream().allMatch(String::isBlank)) {
						continue;
					}
					headers = cells.stream().map(String::strip).toList();
					continue;
				}
				addLine(lines, headers, row.getRowNum(), cells, limits);
			}
			if (headers == null) {
				throw new ImportFileException("import.file.empty");
			}
			return new ImportTable(headers, lines);
		}
		catch (ImportFileException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw new ImportFileException("import.file.unreadable", ex.getMessage());
		}
	}

	/** One line (header or data) against the column and cell limits. */
	private static void check(List<String> cells, int number, InputLimits limits) throws ImportFileException {
		if (cells.size() > limits.importColumns()) {
			throw new ImportFileException("import.file.tooManyColumns", limits.importColumns());
		}
		for (String cell : cells) {
			if (cell != null && cell.length() > limits.importCellChars()) {
				throw new ImportFileException("import.file.cellTooLong", number, limits.importCellChars());
			}
		}
	}

	private static void addLine(List<Line> lines, List<String> headers, int number, List<String> cells,
			InputLimits limits) throws ImportFileException {
		if (cells.stream().allMatch((cell) -> cell == null || cell.isBlank())) {
			return;
		}
		if (lines.size() >= limits.importLines()) {
			throw new ImportFileException("import.file.tooManyLines", limits.importLines());
		}
		Map<String, String> byHeader = new LinkedHashMap<>();
		for (int i = 0; i < headers.size(); i++) {
			byHeader.put(headers.get(i), (i < cells.size() && cells.get(i) != null) ? cells.get(i).strip() : "");
		}
		lines.add(new Line(number, byHeader));
	}

	private static String text(Cell cell) {
		if (cell == null || cell.getValue() == null) {
			return "";
		}
		if (cell.getType() == CellType.NUMBER && isDateFormat(cell.getDataFormatString())) {
			return cell.asDate().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
		}
		if (cell.getType() == CellType.NUMBER) {
			// Keep what Excel stored: an 18-digit NIP typed as a number has already lost
			// digits there.
			return cell.getRawValue();
		}
		return cell.getText();
	}

	private static boolean isDateFormat(String format) {
		if (format == null) {
			return false;
		}
		String lower = format.toLowerCase(Locale.ROOT);
		return lower.contains("d") && lower.contains("m") && lower.contains("y") || lower.contains("yyyy");
	}

	private static int count(String text, char c) {
		return (int) text.chars().filter((ch) -> ch == c).count();
	}

}
