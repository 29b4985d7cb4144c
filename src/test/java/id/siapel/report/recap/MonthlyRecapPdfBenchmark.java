package id.siapel.report.recap;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import id.siapel.attendance.AttendanceStatus;
import id.siapel.attendance.MonthGrid;
import id.siapel.organization.UnitKind;
import id.siapel.organization.UnitView;
import id.siapel.organization.WorkPattern;
import id.siapel.report.PdfRenderer;
import id.siapel.report.PemdaProfileView;
import id.siapel.report.SignatoryDesignation;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.support.StaticApplicationContext;

/**
 * Times the rekap bulanan PDF of a large OPD, phase by phase: Thymeleaf HTML,
 * openhtmltopdf parsing, layout and PDF writing, on a synthetic grid (no database). A
 * benchmark, not a test: not run by the suite (the name does not end in Tests); run it
 * with
 * {@code ./mvnw test -Dtest=MonthlyRecapPdfBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (employees with {@code -Dbench.employees=2000}). It prints, it asserts nothing; the PDF
 * is kept in {@code target/test-documents/recap-monthly-bench.pdf} for a look with
 * pdftoppm.
 */
class MonthlyRecapPdfBenchmark {

	static final int SUB_UNITS = 24;

	static final Locale LOCALE = Locale.forLanguageTag("id-ID");

	@Test
	void timeTheMonthlyRecapPdf() throws Exception {
		int employees = Integer.getInteger("bench.employees", 2000);
		int runs = Integer.getInteger("bench.runs", 1);
		PdfRenderer renderer = renderer();
		// Warm up class loading, fonts and the template cache on a small unit.
		render(renderer, grid(60, 3), "warm-up", false);
		for (int run = 0; run < runs; run++) {
			render(renderer, grid(employees, SUB_UNITS), employees + " employees", run == runs - 1);
		}
	}

	private void render(PdfRenderer renderer, MonthGrid grid, String label, boolean keep) throws Exception {
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		long cpu0 = threads.getCurrentThreadCpuTime();
		long t0 = System.nanoTime();
		Map<String, Object> variables = variables(grid);
		long t1 = System.nanoTime();
		String html = renderer.html(MonthlyRecapController.TEMPLATE, variables, LOCALE);
		long t2 = System.nanoTime();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		long t3;
		long t4;
		try (PdfBoxRenderer pdf = renderer.builder(html, out).buildPdfRenderer()) {
			t3 = System.nanoTime();
			pdf.layout();
			t4 = System.nanoTime();
			pdf.createPDF();
		}
		long t5 = System.nanoTime();
		long cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
		byte[] bytes = out.toByteArray();
		int pages;
		try (PDDocument document = Loader.loadPDF(bytes)) {
			pages = document.getNumberOfPages();
		}
		System.out.printf(Locale.ROOT,
				"[bench] %-16s model %5d ms | thymeleaf %5d ms (%,d chars) | parse %5d ms | layout %6d ms"
						+ " | write %5d ms | total %6d ms (CPU %6d ms) | %d pages, %,d bytes%n",
				label, ms(t0, t1), ms(t1, t2), html.length(), ms(t2, t3), ms(t3, t4), ms(t4, t5), ms(t0, t5), cpu,
				pages, bytes.length);
		if (keep) {
			Files.createDirectories(Path.of("target/test-documents"));
			Files.write(Path.of("target/test-documents/recap-monthly-bench.pdf"), bytes);
			Files.writeString(Path.of("target/test-documents/recap-monthly-bench.html"), html);
		}
	}

	private static long ms(long from, long to) {
		return (to - from) / 1_000_000;
	}

	private static Map<String, Object> variables(MonthGrid grid) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("grid", grid);
		List<UnitView> units = new ArrayList<>();
		units.add(grid.unit());
		for (int i = 0; i < SUB_UNITS; i++) {
			units.add(new UnitView(10 + i, "DINKES-" + i,
					(i == 0) ? "Sekretariat Dinas Kesehatan" : (i < 4) ? "Bidang " + i : "UPTD Puskesmas Wonorejo " + i,
					UnitKind.TECHNICAL_UNIT, 1L, WorkPattern.FIVE_DAY, null, 0));
		}
		variables.put("document", MonthlyRecapDocument.of(grid, units));
		variables.put("profile",
				new PemdaProfileView("PEMERINTAH KABUPATEN SUKAMAJU", "DINAS KESEHATAN",
						"Jl. Pemuda No. 1, Sukamaju Kota 45111", "Telp. (0231) 123456 – dinkes@sukamajukab.go.id",
						"Sukamaju", "Bupati Sukamaju", "Drs. H. Bambang Sutrisno, M.Si.", "196804121994031005",
						"Sekretaris Daerah Kabupaten Sukamaju", SignatoryDesignation.DEFINITIVE,
						"Pembina Utama Madya (IV/d)", false, 0));
		variables.put("logo", null);
		variables.put("statuses", AttendanceStatus.values());
		variables.put("printedAt", ZonedDateTime.of(2025, 5, 2, 10, 0, 0, 0, ZoneId.of("Asia/Jakarta")));
		variables.put("printedBy", "Sri Wahyuni, S.E.");
		variables.put("placeAndDate", "Sukamaju, 2 Mei 2025");
		return variables;
	}

	/**
	 * April 2025 of an OPD: employees spread over sub-units, a month of codes, seeded.
	 */
	static MonthGrid grid(int employees, int subUnits) {
		Random random = new Random(42);
		YearMonth month = YearMonth.of(2025, 4);
		List<MonthGrid.Column> days = new ArrayList<>();
		for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
			boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
			days.add(new MonthGrid.Column(day, !weekend && day.getDayOfMonth() != 18));
		}
		String[] names = { "Agus Setiawan", "Ni Made Suartini", "Bambang Sutrisno", "Citra Kirana Dewi",
				"Dedi Kurniawan", "Eka Putri Handayani", "Fajar Nugroho", "Gita Permatasari", "Hendra Wijaya",
				"Indah Lestari" };
		AttendanceStatus[] common = { AttendanceStatus.PRESENT, AttendanceStatus.PRESENT, AttendanceStatus.PRESENT,
				AttendanceStatus.PRESENT, AttendanceStatus.PRESENT, AttendanceStatus.PRESENT, AttendanceStatus.LATE,
				AttendanceStatus.EARLY_LEAVE, AttendanceStatus.PERMISSION, AttendanceStatus.SICK,
				AttendanceStatus.OFFICIAL_TRAVEL, AttendanceStatus.UNEXCUSED, AttendanceStatus.REMOTE };
		List<MonthGrid.Row> rows = new ArrayList<>();
		for (int i = 0; i < employees; i++) {
			Map<Integer, MonthGrid.Cell> cells = new LinkedHashMap<>();
			Map<AttendanceStatus, Integer> totals = new EnumMap<>(AttendanceStatus.class);
			int unexcused = 0;
			int minutes = 0;
			for (MonthGrid.Column day : days) {
				if (!day.working() || day.date().getDayOfMonth() > 28) {
					continue;
				}
				AttendanceStatus morning = common[random.nextInt(common.length)];
				AttendanceStatus evening = common[random.nextInt(common.length)];
				Integer m = (morning == AttendanceStatus.LATE) ? 5 + random.nextInt(40) : null;
				cells.put(day.date().getDayOfMonth(), new MonthGrid.Cell(morning, m, evening, null));
				totals.merge(morning, 1, Integer::sum);
				totals.merge(evening, 1, Integer::sum);
				unexcused += (morning == AttendanceStatus.UNEXCUSED && evening == AttendanceStatus.UNEXCUSED) ? 1 : 0;
				minutes += (m != null) ? m : 0;
			}
			String name = names[i % names.length] + ((i % 3 == 0) ? ", S.Kep." : (i % 3 == 1) ? ", S.K.M." : "");
			String nip = String.format(Locale.ROOT, "19%02d%02d%02d20%02d%02d1%03d", 60 + i % 40, 1 + i % 12,
					1 + i % 28, 5 + i % 20, 1 + i % 12, i % 1000);
			rows.add(new MonthGrid.Row(nip, name, "DINKES-" + (i % subUnits), cells, totals, unexcused, minutes));
		}
		UnitView unit = new UnitView(1, "DINKES", "Dinas Kesehatan", UnitKind.AGENCY, 0L, WorkPattern.FIVE_DAY, null,
				0);
		return new MonthGrid(unit, month, days, rows, 0, employees, employees);
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
