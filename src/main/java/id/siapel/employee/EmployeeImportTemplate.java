package id.siapel.employee;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import id.siapel.organization.UnitView;
import id.siapel.organization.Units;
import lombok.RequiredArgsConstructor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The import template BKPSDM downloads: the Indonesian headers in the order the import
 * reads them and one example line; the XLSX also has a sheet explaining every column and
 * the codes it accepts. The example line is recognised on import and refused, so that it
 * is never saved by mistake when someone adds their staff below it.
 */
@Component
@RequiredArgsConstructor
public class EmployeeImportTemplate {

	static final String EXAMPLE_NIP = "198503152010011001";

	static final String EXAMPLE_NAME = "Contoh Pegawai";

	private final Units units;

	private final MessageSource messages;

	/**
	 * One column as the import page and the guide sheet explain it.
	 *
	 * @param header the Indonesian header of the template
	 * @param key the English key of the API, also accepted as the header
	 * @param hintKey message key of what to write in it
	 */
	public record Column(String header, String key, String hintKey) {
	}

	public List<Column> columns() {
		return ImportColumns.template()
			.stream()
			.map((c) -> new Column(c.header(), c.field(), "import.guide." + c.name()))
			.toList();
	}

	/**
	 * CSV with ';' between fields, as Excel in an Indonesian locale writes and reads it,
	 * and a byte order mark so that Excel takes it as UTF-8.
	 */
	public byte[] csv() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
			writer.write('\uFEFF');
			csv.printRecord(headers());
			csv.printRecord(example());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * The first sheet is what the import reads (NIP stored as text, so that Excel keeps
	 * all 18 digits); the second explains the columns.
	 */
	public byte[] xlsx(Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Workbook workbook = new Workbook(out, "SiApel", "1.0")) {
			Worksheet data = workbook.newWorksheet(this.messages.getMessage("import.template.sheet", null, locale));
			List<String> headers = headers();
			List<String> example = example();
			for (int c = 0; c < headers.size(); c++) {
				data.style(c).format("@").set();
				data.width(c, Math.max(14, headers.get(c).length() + 4));
				data.value(0, c, headers.get(c));
				data.style(0, c).bold().fillColor("D9E2F3").set();
				data.value(1, c, example.get(c));
			}
			data.width(0, 22);
			data.freezePane(0, 1);
			Worksheet guide = workbook.newWorksheet(this.messages.getMessage("import.guide.sheet", null, locale));
			guide.width(0, 20);
			guide.width(1, 16);
			guide.width(2, 100);
			guide.value(0, 0, this.messages.getMessage("import.guide.column", null, locale));
			guide.value(0, 1, this.messages.getMessage("import.guide.key", null, locale));
			guide.value(0, 2, this.messages.getMessage("import.guide.hint", null, locale));
			guide.range(0, 0, 0, 2).style().bold().fillColor("D9E2F3").set();
			List<Column> columns = columns();
			for (int r = 0; r < columns.size(); r++) {
				Column column = columns.get(r);
				guide.value(r + 1, 0, column.header());
				guide.value(r + 1, 1, column.key());
				guide.value(r + 1, 2, this.messages.getMessage(column.hintKey(), null, locale));
			}
			guide.value(columns.size() + 2, 0, this.messages.getMessage("import.guide.example", null, locale));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** Whether an import line is the template's example, left in the file. */
	static boolean isExample(EmployeeInput input) {
		return EXAMPLE_NIP.equals(input.nip()) && input.name() != null
				&& EXAMPLE_NAME.equalsIgnoreCase(input.name().name());
	}

	private static List<String> headers() {
		return ImportColumns.template().stream().map(ImportColumns::header).toList();
	}

	/**
	 * A valid PNS (NIP: born 15 March 1985, TMT CPNS January 2010, male) in the first
	 * OPD.
	 */
	private List<String> example() {
		String unitCode = this.units.tree().opds().stream().findFirst().map(UnitView::code).orElse("DINAS-CONTOH");
		return ImportColumns.template().stream().map((column) -> switch (column) {
			case NIP -> EXAMPLE_NIP;
			case NAME -> EXAMPLE_NAME;
			case FRONT_TITLE -> "";
			case BACK_TITLE -> "S.Kom.";
			case SEX -> "L";
			case EMPLOYMENT_TYPE -> "PNS";
			case UNIT_CODE, UNIT_NAME -> unitCode;
			case POSITION -> "Pranata Komputer Ahli Pertama";
			case POSITION_KIND -> "Fungsional";
			case ECHELON -> "";
			case RANK -> "III/a";
			case SERVICE_START -> "2010-01-01";
			case UNIT_SINCE -> "2020-01-02";
		}).toList();
	}

}
