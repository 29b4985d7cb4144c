package id.siapel.report.recap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CSV export opened in Excel must not run what somebody typed as a name or a note
 * (issue 14: "=HYPERLINK(...)" was exported as a live formula).
 */
class CsvFormulaTests {

	@Test
	void textThatAFormulaWouldStartWithIsExportedAsText() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (RecapSheet sheet = RecapSheet.csv(out, Locale.forLanguageTag("id"))) {
			sheet.title("Unit", "@SUM(A1:A9)");
			sheet.header(List.of("NIP", "Nama", "Catatan", "Menit"));
			sheet.row(List.of("199001012015031001", "=HYPERLINK(\"http://evil.example\",\"klik\")", "+62 812", -15));
			sheet.row(List.of("199001012015031002", "Sri Wahyuni, A.Md.", "\tcmd|' /C calc'!A0", 30));
			sheet.row(List.of("199001012015031003", "-Ani", "\rnote", 0));
		}
		List<CSVRecord> records;
		try (CSVParser parser = CSVParser.parse(
				new StringReader(new String(out.toByteArray(), StandardCharsets.UTF_8).substring(1)),
				RecapSheet.CSV_FORMAT)) {
			records = parser.getRecords();
		}

		assertThat(records.get(0).values()).containsExactly("Unit", "'@SUM(A1:A9)");
		assertThat(records.get(2).values()).containsExactly("199001012015031001",
				"'=HYPERLINK(\"http://evil.example\",\"klik\")", "'+62 812", "-15");
		assertThat(records.get(3).values()).containsExactly("199001012015031002", "Sri Wahyuni, A.Md.",
				"'\tcmd|' /C calc'!A0", "30");
		assertThat(records.get(4).values()).containsExactly("199001012015031003", "'-Ani", "'\rnote", "0");
	}

}
