package id.siapel.report.recap;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import id.siapel.report.PemdaProfileView;
import id.siapel.report.PemdaProfiles;
import id.siapel.security.UserAccounts;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.Logins;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.TestClock;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The exports opened and read back (XLSX cells with fastexcel-reader, CSV rows with
 * commons-csv, PDF text with PDFBox), and the unit scope of every report and export: the
 * head of OPD A gets 403 for OPD B and sees only A in the regency-wide recap.
 */
@SiapelIntegrationTest
class ExportReadBackTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	UserAccounts accounts;

	RecapDataSet data;

	/** The letterhead as the administrator set it (other tests edit it). */
	@Autowired
	PemdaProfiles pemda;

	@BeforeEach
	void aHandMadeWeek() throws Exception {
		this.data = new RecapDataSet(this.mvc, this.fixtures, this.clock, this.accounts);
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void theEmployeeRecapAsXlsxHasTheTitleBlockAndEveryCell() throws Exception {
		MvcResult result = this.mvc
			.perform(get("/reports/recap/employees.xlsx").session(Logins.loginAsDemo(this.mvc, "bkpsdm"))
				.param("unit", this.data.opdA.code())
				.param("from", "2025-04-05")
				.param("to", "2025-04-11")
				.param("sort", "MINUTES")
				.param("dir", "desc"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", RecapExportController.XLSX))
			.andExpect(header().string("Content-Disposition",
					containsString("attachment; filename=\"rekap-pegawai_" + this.data.opdA.code()
							+ "_2025-04-05_2025-04-11.xlsx\"")))
			.andReturn();
		List<List<String>> rows = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			for (Row row : workbook.getFirstSheet().read()) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < row.getCellCount(); c++) {
					cells.add(row.getCellText(c));
				}
				rows.add(cells);
			}
		}
		assertThat(rows.get(0)).containsExactly("Pemerintah daerah", this.pemda.current().regionName());
		assertThat(rows.get(1).get(1)).isEqualTo("Rekap kehadiran apel per pegawai – Dinas Rekap Uji A");
		assertThat(rows.get(2)).containsExactly("Periode", "5 April 2025 – 11 April 2025");
		assertThat(rows.get(3).get(0)).isEqualTo("Dicetak pada");
		assertThat(rows.get(3).get(1)).isEqualTo("2 Mei 2025 10.00 WIB");
		assertThat(rows.get(4).get(0)).isEqualTo("Dicetak oleh");
		assertThat(rows.get(4).get(1)).contains("BKPSDM");
		int header = 5;
		assertThat(rows.get(header)).containsExactly("NIP", "Nama", "Jenis", "Unit", "Nama unit", "Hari kerja",
				"Kehadiran (%)", "H", "T", "PC", "I", "S", "C", "DL", "TB", "WFH", "TK", "Hari TK penuh", "Menit",
				"Hari konversi", "Total hari");
		assertThat(rows.subList(header + 1, rows.size())).hasSize(3);
		assertThat(rows.get(header + 1)).containsExactly(this.data.a1, "Agus Rekap", "PNS", this.data.opdA.code(),
				"Dinas Rekap Uji A", "4", "100.0", "4", "3", "1", "0", "0", "0", "0", "0", "0", "0", "0", "510", "1",
				"1");
		assertThat(rows.get(header + 2)).containsExactly(this.data.a2, "Bambang Rekap", "PNS", this.data.opdA.code(),
				"Dinas Rekap Uji A", "4", "50.0", "3", "0", "0", "2", "0", "0", "0", "0", "0", "3", "1", "225", "0",
				"1");
		assertThat(rows.get(header + 3).get(0)).isEqualTo(this.data.a3);
	}

	@Test
	void theOpdRecapAsCsvIsUtf8WithABomAndSemicolonsInEnglishToo() throws Exception {
		MvcResult result = this.mvc
			.perform(get("/reports/recap.csv").session(Logins.loginAsDemo(this.mvc, "bkpsdm"))
				.param("unit", this.data.opdA.code())
				.param("from", "2025-04-05")
				.param("to", "2025-04-11")
				.param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition",
					containsString("rekap-opd_" + this.data.opdA.code() + "_2025-04-05_2025-04-11.csv")))
			.andReturn();
		byte[] bytes = result.getResponse().getContentAsByteArray();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
		List<CSVRecord> records;
		try (CSVParser parser = CSVParser.parse(new StringReader(text), RecapSheet.CSV_FORMAT)) {
			records = parser.getRecords();
		}
		assertThat(records.get(0).values()).containsExactly("Regional government", this.pemda.current().regionName());
		assertThat(records.get(1).values()[1]).isEqualTo("Roll-call attendance recap by OPD – Dinas Rekap Uji A");
		assertThat(records.get(2).values()).containsExactly("Period", "5 April 2025 – 11 April 2025");
		assertThat(records.get(4).get(0)).isEqualTo("Printed by");
		assertThat(records.get(4).get(1)).contains("BKPSDM");
		assertThat(records.get(5).values()).containsExactly("Code", "OPD", "Employees", "Working days",
				"Attendance (%)", "H", "T", "PC", "I", "S", "C", "DL", "TB", "WFH", "TK", "Full TK days", "Minutes",
				"Converted days", "Total days");
		// Attended 11 + 3 + 1 of 18 roll calls due (the 3 TK; I, S and C excused).
		assertThat(records.get(6).values()).containsExactly(this.data.opdA.code(), "Dinas Rekap Uji A", "3", "4",
				"83.3", "11", "3", "1", "2", "2", "2", "0", "0", "0", "3", "1", "735", "1", "2");
		assertThat(records).hasSize(7);
	}

	@Test
	void theMonthlyRecapPdfHasTheLetterheadTheGridAndTheTotals() throws Exception {
		MvcResult result = this.mvc
			.perform(get("/reports/recap/monthly.pdf").session(Logins.loginAsDemo(this.mvc, "bkpsdm"))
				.param("unit", this.data.opdA.code())
				.param("month", "2025-04"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition",
					containsString("rekap-bulanan_" + this.data.opdA.code() + "_2025-04.pdf")))
			.andReturn();
		try (PDDocument document = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			assertThat(document.getPage(0).getMediaBox().getWidth())
				.isGreaterThan(document.getPage(0).getMediaBox().getHeight());
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains(this.pemda.current().regionName(), "REKAPITULASI KEHADIRAN APEL BULANAN",
					"Dinas Rekap Uji A", "April 2025", "Agus Rekap", this.data.a1, "Bambang Rekap", "Citra Rekap",
					// A past month's document is kept and served to others: it says when
					// it
					// was made and names nobody (MonthlyRecapPdfs).
					"Dibuat 2 Mei 2025 10.00");
			assertThat(text).doesNotContain("Dedi Rekap");
			// The signature block under the grid: place and date, office, name, NIP.
			PemdaProfileView profile = this.pemda.current();
			assertThat(text).contains(profile.city() + ", 2 Mei 2025", profile.signedTitle(), profile.secretaryName());
			if (profile.secretaryNip() != null) {
				assertThat(text).contains("NIP " + profile.secretaryNip());
			}
			assertThat(text.indexOf(profile.signedTitle())).as("signed below the grid")
				.isGreaterThan(text.lastIndexOf("Agus Rekap"));
		}
	}

	@Test
	void aUnitHeadGetsOnlyHisOwnScopeInEveryReportAndExport() throws Exception {
		MockHttpSession head = Logins.login(this.mvc, this.data.headOfA, RecapDataSet.HEAD_PASSWORD);
		String b = this.data.opdB.code();
		String[] refused = { "/reports/recap", "/reports/recap/employees", "/reports/recap.xlsx", "/reports/recap.csv",
				"/reports/recap/employees.xlsx", "/reports/recap/employees.csv" };
		for (String path : refused) {
			this.mvc.perform(get(path).session(head).param("unit", b)).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/reports/recap/monthly.pdf").session(head).param("unit", b).param("month", "2025-04"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/reports/recap/monthly").session(head).param("unit", b).param("month", "2025-04"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/reports/recap/employees/" + this.data.b1).session(head))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/reports/recap").session(head).param("from", "2025-04-05").param("to", "2025-04-11"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"opd-" + this.data.opdA.code() + "\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("data-testid=\"opd-" + b + "\""))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("data-testid=\"opd-DINKES\""))));
		String csv = this.mvc.perform(
				get("/reports/recap/employees.csv").session(head).param("from", "2025-04-05").param("to", "2025-04-11"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains(this.data.a1, this.data.a2, this.data.a3, "Kepala Dinas Rekap Uji A")
			.doesNotContain(this.data.b1);
		this.mvc
			.perform(get("/reports/recap/monthly.pdf").session(head)
				.param("unit", this.data.division.code())
				.param("month", "2025-04"))
			.andExpect(status().isOk());
		this.mvc.perform(get("/reports/recap/employees/" + this.data.a3).session(head)).andExpect(status().isOk());
	}

}
