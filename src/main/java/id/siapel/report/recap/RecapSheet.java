package id.siapel.report.recap;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import id.siapel.shared.SpreadsheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Where an export's lines go, row by row as they come from the database: an XLSX sheet
 * (flushed every few hundred rows) or CSV. Cells are text, whole numbers or decimals
 * ({@link java.math.BigDecimal}).
 */
interface RecapSheet extends AutoCloseable {

	/** Rows written before the sheet is flushed to the response. */
	int FLUSH_EVERY = 500;

	/** A line of the title block: label and value. */
	void title(String label, String value);

	void header(List<String> names);

	void row(List<Object> cells);

	@Override
	void close();

	/**
	 * CSV for Excel: UTF-8 with a byte-order mark (so Excel reads Indonesian names
	 * right), {@code ;} between values (Excel with Indonesian regional settings uses the
	 * comma as decimal separator and expects {@code ;}), CRLF line ends, quotes where
	 * needed, no text a spreadsheet would run as a formula; a decimal (the attendance
	 * rate) with the reader's decimal separator.
	 */
	static RecapSheet csv(OutputStream out, Locale locale) {
		return new Csv(out, locale);
	}

	static RecapSheet xlsx(OutputStream out, String sheetName) {
		return new Xlsx(out, sheetName);
	}

	/** The CSV format of the exports. */
	CSVFormat CSV_FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

	final class Csv implements RecapSheet {

		private final CSVPrinter printer;

		private final NumberFormat decimals;

		private boolean titled;

		Csv(OutputStream out, Locale locale) {
			this.decimals = NumberFormat.getNumberInstance(locale);
			this.decimals.setGroupingUsed(false);
			this.decimals.setMinimumFractionDigits(1);
			this.decimals.setMaximumFractionDigits(1);
			try {
				Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				writer.write('\uFEFF');
				this.printer = new CSVPrinter(writer, CSV_FORMAT);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public void title(String label, String value) {
			print(List.of(label, value));
			this.titled = true;
		}

		@Override
		public void header(List<String> names) {
			if (this.titled) {
				print(List.of());
			}
			print(names);
		}

		@Override
		public void row(List<Object> cells) {
			print(cells.stream()
				.map((cell) -> (cell instanceof BigDecimal decimal) ? this.decimals.format(decimal) : cell)
				.toList());
		}

		private void print(List<?> values) {
			try {
				this.printer.printRecord(SpreadsheetCells.neutralised(values));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public void close() {
			try {
				this.printer.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	final class Xlsx implements RecapSheet {

		private final Workbook workbook;

		private final Worksheet sheet;

		private int row;

		private int written;

		Xlsx(OutputStream out, String sheetName) {
			this.workbook = new Workbook(out, "SiApel", "1.0");
			this.sheet = this.workbook.newWorksheet(sheetName);
			this.sheet.width(0, 22);
			this.sheet.width(1, 40);
		}

		@Override
		public void title(String label, String value) {
			this.sheet.inlineString(this.row, 0, label);
			this.sheet.inlineString(this.row, 1, value);
			this.sheet.style(this.row, 0).bold().set();
			this.row++;
		}

		@Override
		public void header(List<String> names) {
			if (this.row > 0) {
				this.row++;
			}
			for (int c = 0; c < names.size(); c++) {
				this.sheet.inlineString(this.row, c, names.get(c));
				this.sheet.style(this.row, c).bold().fillColor("D9E2F3").wrapText(true).set();
			}
			this.sheet.freezePane(2, this.row + 1);
			this.row++;
		}

		@Override
		public void row(List<Object> cells) {
			for (int c = 0; c < cells.size(); c++) {
				Object value = cells.get(c);
				if (value instanceof Number number) {
					this.sheet.value(this.row, c, number);
				}
				else if (value != null) {
					this.sheet.inlineString(this.row, c, value.toString());
				}
			}
			this.row++;
			if (++this.written % FLUSH_EVERY == 0) {
				try {
					this.sheet.flush();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}

		@Override
		public void close() {
			try {
				this.workbook.finish();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
