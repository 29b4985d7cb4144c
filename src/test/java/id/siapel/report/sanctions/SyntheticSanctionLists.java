package id.siapel.report.sanctions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.siapel.report.PdfRenderer;
import id.siapel.report.PemdaProfileView;
import id.siapel.report.SignatoryDesignation;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.support.StaticApplicationContext;

/**
 * Sanction lists made up without a database, for the PDF benchmark and the layout tests:
 * rows as {@code SanctionDocuments.list} prints them, the template's variables, the
 * renderer as the application wires it.
 */
final class SyntheticSanctionLists {

	private SyntheticSanctionLists() {
	}

	/** The template's variables as {@code SanctionDocuments.listPdf} makes them. */
	static Map<String, Object> variables(DocumentSnapshot snapshot) {
		PemdaProfileView profile = profile();
		String code = "AbCdEfGhIjKlMnOpQrStUv.wXyZ0123456789-_AbCd";
		String url = "https://siapel.sukamajukab.go.id/verify/" + code;
		Map<String, Object> model = new HashMap<>();
		model.put("profile", profile);
		model.put("logo", null);
		model.put("document", snapshot);
		model.put("code", code);
		model.put("contentHash", PrintedDocuments.contentHash(snapshot).substring(0, 16));
		model.put("verifyUrl", url);
		model.put("qr", QrCodes.dataUri(url));
		model.put("placeAndDate", "Sukamaju, 2 Juni 2025");
		model.put("printedAt", "2 Juni 2025 10.00");
		SanctionDocuments.putListModel(model, snapshot);
		return model;
	}

	static PemdaProfileView profile() {
		return new PemdaProfileView("PEMERINTAH KABUPATEN SUKAMAJU", "SEKRETARIAT DAERAH",
				"Jl. Pemuda No. 1, Sukamaju Kota 45111", "Telp. (0231) 123456 – setda@sukamajukab.go.id", "Sukamaju",
				"Bupati Sukamaju", "Drs. H. Bambang Sutrisno, M.Si.", "196804121994031005",
				"Sekretaris Daerah Kabupaten Sukamaju", SignatoryDesignation.DEFINITIVE, "Pembina Utama Madya (IV/d)",
				false, 0);
	}

	/**
	 * A year's list of a regency: rows as {@code SanctionDocuments.list} prints them,
	 * texts of the lengths the real ones have (names with titles, long units, the
	 * sanction with its legal basis, a replaced decree now and then).
	 */
	static DocumentSnapshot snapshot(int count) {
		String[] names = { "Agus Setiawan, S.Kom.", "Ni Made Suartini, A.Md.Kep.", "Drs. Bambang Sutrisno, M.Si.",
				"Citra Kirana Dewi, S.E.", "Dedi Kurniawan", "Eka Putri Handayani, S.Pd., M.Pd.", "Fajar Nugroho, S.T.",
				"Gita Permatasari, S.Sos.", "H. Hendra Wijaya, S.H., M.H.", "Indah Lestari, A.Md.Kom." };
		String[] ranks = { "III/a", "III/b", "II/c", "III/d", "IV/a", "–" };
		String[] positions = { "Pengadministrasi Umum", "Perawat Terampil", "Analis Kepegawaian Ahli Muda",
				"Guru Ahli Pertama", "Pengelola Keuangan", "Kepala Seksi Pelayanan Kesehatan Rujukan" };
		String[] units = { "Dinas Kesehatan › UPTD Puskesmas Wonorejo", "Dinas Pendidikan dan Kebudayaan",
				"Sekretariat Daerah › Bagian Umum", "Badan Pendapatan Daerah",
				"Dinas Pekerjaan Umum dan Penataan Ruang › Bidang Bina Marga", "Kecamatan Sukamaju Kota" };
		String[] sanctions = { "Teguran tertulis — Ringan (PP 94/2021 Pasal 9 ayat (2) huruf b angka 2)",
				"Pemotongan tunjangan kinerja sebesar 25% selama 6 bulan — Sedang (PP 94/2021 Pasal 10 ayat (2) huruf f angka 1)",
				"Pernyataan tidak puas secara tertulis — Ringan (PP 94/2021 Pasal 9 ayat (2) huruf b angka 3)",
				"Penurunan jabatan setingkat lebih rendah selama 12 bulan — Berat (PP 94/2021 Pasal 11 ayat (2) huruf d angka 1); menggantikan SK 800.1.6/12/BKPSDM/2025" };
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String nip = String.format(Locale.ROOT, "19%02d%02d%02d20%02d%02d1%03d", 60 + i % 40, 1 + i % 12,
					1 + i % 28, 5 + i % 20, 1 + i % 12, i % 1000);
			int days = 3 + i % 20;
			rows.add(List.of(String.valueOf(i + 1), names[i % names.length], nip, ranks[i % ranks.length],
					positions[i % positions.length], units[i % units.length],
					"Tidak masuk kerja tanpa alasan yang sah selama " + days
							+ " hari kerja pada tahun 2025 (Pasal 4 huruf f)",
					sanctions[i % sanctions.length],
					"800.1.6/" + (i + 1) + "/BKPSDM/2025 tanggal " + (1 + i % 28) + " Juni 2025 (Bupati Sukamaju)",
					(i % 4 == 0) ? (1 + i % 28) + " Juli 2025" : "1 Juli 2025 s.d. 31 Desember 2025"));
		}
		List<DocumentSnapshot.Fact> facts = List.of(
				new DocumentSnapshot.Fact("Periode tanggal SK", "1 Januari 2025 s.d. 31 Desember 2025"),
				new DocumentSnapshot.Fact("OPD / unit kerja", "Semua OPD"),
				new DocumentSnapshot.Fact("Tingkat hukuman disiplin", "Semua tingkat"));
		List<String> columns = List.of("No.", "Nama", "NIP", "Pangkat/Gol.", "Jabatan", "Unit kerja", "Pelanggaran",
				"Hukuman disiplin", "Nomor dan tanggal SK", "Masa berlaku");
		return new DocumentSnapshot("SANCTION_LIST", "DAFTAR PEGAWAI YANG DIJATUHI HUKUMAN DISIPLIN", facts, columns,
				rows, Instant.parse("2025-06-02T03:00:00Z"), "sekda", "Drs. H. Bambang Sutrisno, M.Si.", "SECRETARY");
	}

	/** The PDF renderer as the application wires it, without a database. */
	static PdfRenderer renderer() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messages);
		StaticApplicationContext context = new StaticApplicationContext();
		context.refresh();
		return new PdfRenderer(engine, context);
	}

}
