package id.siapel.report.sanctions;

import java.util.List;
import java.util.Map;

import id.siapel.report.PdfRenderer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sanction list cut into page-sized tables (issue 15), rendered without a database:
 * every row is printed once and in order, each page has the column headings and the
 * document's code in its footer, the rows fit the sheets they were cut into (no sheet
 * spills over onto a page of its own), and the signature block with the QR code ends the
 * list.
 */
class SanctionListSheetsTests {

	static final List<String> HEADINGS = List.of("No.", "Nama", "NIP", "Pangkat", "Jabatan", "Unit kerja",
			"Pelanggaran", "Hukuman disiplin", "Nomor dan", "Masa berlaku");

	static PdfRenderer renderer;

	@BeforeAll
	static void renderer() {
		renderer = SyntheticSanctionLists.renderer();
	}

	@Test
	void aListOfManyPagesHasEveryRowAndTheHeadingsOnEachPage() throws Exception {
		DocumentSnapshot snapshot = SyntheticSanctionLists.snapshot(60);
		Map<String, Object> variables = SyntheticSanctionLists.variables(snapshot);
		SanctionListSheets sheets = (SanctionListSheets) variables.get("sheets");
		assertThat(sheets.sheets()).hasSizeGreaterThan(3);
		assertThat(sheets.sheets().stream().mapToInt(SanctionListSheets.Sheet::rowCount).sum()).isEqualTo(60);
		byte[] pdf = renderer.render(SanctionDocuments.LIST_TEMPLATE, variables, SanctionDocuments.DOCUMENT_LOCALE);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			int pages = document.getNumberOfPages();
			// One page per sheet; the signature block may need a page of its own.
			assertThat(pages).as("no sheet spills over").isBetween(sheets.sheets().size(), sheets.sheets().size() + 1);
			PDFTextStripper stripper = new PDFTextStripper();
			String all = stripper.getText(document);
			String compact = all.replaceAll("\\s+", "");
			List<List<String>> rows = snapshot.rows();
			assertThat(compact).contains(rows.get(0).get(2)).contains(rows.get(59).get(2));
			int last = -1;
			for (List<String> row : rows) {
				int at = compact.indexOf(row.get(2));
				assertThat(at).as("NIP of row %s, after the row before it", row.get(0)).isGreaterThan(last);
				assertThat(compact.indexOf(row.get(2), at + 1)).as("row %s printed once", row.get(0)).isEqualTo(-1);
				last = at;
			}
			for (int page = 1; page <= pages; page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				String text = stripper.getText(document);
				assertThat(text).contains("Halaman " + page + " dari " + pages).contains("SHA-256");
				if (page <= sheets.sheets().size()) {
					for (String heading : HEADINGS) {
						assertThat(text).as("page %d has the heading %s", page, heading).contains(heading);
					}
				}
			}
			stripper.setStartPage(1);
			stripper.setEndPage(1);
			assertThat(stripper.getText(document)).contains("PEMERINTAH KABUPATEN SUKAMAJU")
				.contains("DAFTAR PEGAWAI YANG DIJATUHI HUKUMAN DISIPLIN")
				.contains("Periode tanggal SK");
			stripper.setStartPage(2);
			assertThat(stripper.getText(document)).doesNotContain("PEMERINTAH KABUPATEN SUKAMAJU");
			stripper.setStartPage(pages);
			stripper.setEndPage(pages);
			assertThat(stripper.getText(document).replaceAll("\\s+", " ")).contains("Sekretaris Daerah Kabupaten")
				.contains("Drs. H. Bambang Sutrisno, M.Si.")
				.contains("Pindai kode QR");
			// The QR code is the one image besides the (absent) logo.
			assertThat(document.getPage(pages - 1).getResources().getXObjectNames()).isNotEmpty();
		}
	}

	@Test
	void anEmptyListSaysSoUnderTheHeadings() throws Exception {
		Map<String, Object> variables = SyntheticSanctionLists.variables(SyntheticSanctionLists.snapshot(0));
		byte[] pdf = renderer.render(SanctionDocuments.LIST_TEMPLATE, variables, SanctionDocuments.DOCUMENT_LOCALE);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Masa berlaku")
				.contains("Tidak ada hukuman disiplin yang ditetapkan pada periode ini.")
				.contains("Pindai kode QR");
		}
	}

	@Test
	void rowsAreEscapedAndNamesWrapBetweenWordsOnly() {
		SanctionListSheets sheets = SanctionListSheets.of(List.of("No.", "Nama", "NIP"),
				List.of(List.of("1", "Dr. <b>Ani</b> & Co, S.H.", "199001012015012001")));
		String rows = sheets.sheets().get(0).rows();
		assertThat(rows).contains("<td class=\"c0 num\">1</td>")
			.contains("<span class=\"word\">&lt;b&gt;Ani&lt;/b&gt;</span> <span class=\"word\">&amp;</span>")
			.contains("<td class=\"c2\">199001012015012001</td>")
			.doesNotContain("<b>");
	}

	@Test
	void aTallerRowIsEstimatedTaller() {
		List<String> shortRow = List.of("1", "Ani", "199001012015012001", "III/a", "Guru", "SD", "Alpa", "Teguran",
				"SK", "1 Juli 2025");
		List<String> tallRow = List.of("2", "Ani", "199001012015012001", "III/a", "Guru", "SD", "Alpa",
				"Pemotongan tunjangan kinerja sebesar 25% selama 6 bulan — Sedang (PP 94/2021 Pasal 10 ayat (2) huruf f angka 1)",
				"SK", "1 Juli 2025");
		double one = SanctionListSheets.rowHeight(shortRow);
		assertThat(one).isEqualTo(SanctionListSheets.LINE_HEIGHT + SanctionListSheets.CELL_EXTRA_HEIGHT);
		assertThat(SanctionListSheets.rowHeight(tallRow))
			.isGreaterThanOrEqualTo(5 * SanctionListSheets.LINE_HEIGHT + SanctionListSheets.CELL_EXTRA_HEIGHT);
	}

}
