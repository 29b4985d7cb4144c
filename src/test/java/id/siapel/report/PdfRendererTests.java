package id.siapel.report;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import id.siapel.testsupport.SiapelIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document rendered with the Pemda's letterhead comes out as a PDF whose text can be
 * read back with Indonesian names intact, with DejaVu Sans embedded, and with the page
 * count in the footer; long tables run over several pages.
 */
@SiapelIntegrationTest
class PdfRendererTests {

	@Autowired
	PdfRenderer renderer;

	@Autowired
	PemdaProfiles profiles;

	@Test
	void aDocumentWithTheLetterheadKeepsIndonesianTextAndEmbedsItsFont() throws Exception {
		PemdaProfileView profile = new PemdaProfileView("PEMERINTAH KABUPATEN SUKAMAJU", "SEKRETARIAT DAERAH",
				"Jl. Pemuda No. 1, Sukamaju Kota 45111", "Telp. (0231) 123456 – setda@sukamajukab.go.id", "Sukamaju",
				"Bupati Sukamaju", "Drs. H. Bambang Sutrisno, M.Si.", "196804121994031005",
				"Sekretaris Daerah Kabupaten Sukamaju", SignatoryDesignation.DEFINITIVE, "Pembina Utama Madya (IV/d)",
				false, 0);
		List<String> rows = new java.util.ArrayList<>();
		for (int i = 1; i <= 120; i++) {
			rows.add(i + ". Ir. Ni Made Suartini, S.T. – Kepala Seksi Pengawasan Mutu Sekolah");
		}
		byte[] pdf = this.renderer.render("report/pdf/test-document", Map.of("profile", profile, "title",
				"Daftar Hukuman Disiplin Tahun 2025", "heading", "Nama / Jabatan", "rows", rows),
				Locale.forLanguageTag("id-ID"));

		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		// Kept for a look (pdftoppm target/test-documents/letterhead.pdf): tests cannot
		// see.
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/test-documents"));
		java.nio.file.Files.write(java.nio.file.Path.of("target/test-documents/letterhead.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("PEMERINTAH KABUPATEN SUKAMAJU")
				.contains("SEKRETARIAT DAERAH")
				.contains("Telp. (0231) 123456 – setda@sukamajukab.go.id")
				.contains("120. Ir. Ni Made Suartini, S.T. – Kepala Seksi Pengawasan Mutu Sekolah")
				.contains("1 / " + document.getNumberOfPages());
			assertThat(document.getNumberOfPages()).isGreaterThan(1);
			Set<String> fonts = new HashSet<>();
			for (PDPage page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					fonts.add(font.getName());
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				}
			}
			assertThat(fonts).anyMatch((name) -> name.contains("DejaVuSans"));
		}
	}

	@Test
	void theShippedProfileAsksTheAdministratorToFillItIn() {
		assertThat(this.profiles.current().regionName()).isNotBlank();
	}

}
