package id.siapel.report.sanctions;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import id.siapel.report.PdfRenderer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Times the Sekda's sanction list PDF phase by phase: model, Thymeleaf HTML,
 * openhtmltopdf parsing, layout and PDF writing, on synthetic rows (no database). A
 * benchmark, not a test: not run by the suite (the name does not end in Tests); run it
 * with
 * {@code ./mvnw -o test -Dtest=SanctionListPdfBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (rows with {@code -Dbench.rows=1000}, repetitions with {@code -Dbench.runs=2}). It
 * prints, it asserts nothing; the PDF of the last run is kept in
 * {@code target/test-documents/sanction-list-bench.pdf} for a look with pdftoppm.
 */
class SanctionListPdfBenchmark {

	@Test
	void timeTheSanctionListPdf() throws Exception {
		int rows = Integer.getInteger("bench.rows", 1000);
		int runs = Integer.getInteger("bench.runs", 2);
		PdfRenderer renderer = SyntheticSanctionLists.renderer();
		if (Boolean.getBoolean("bench.estimates")) {
			estimates();
		}
		// Warm up class loading, fonts and the template cache on a short list.
		render(renderer, 20, "warm-up", false);
		for (int run = 0; run < runs; run++) {
			render(renderer, rows, rows + " rows", run == runs - 1);
		}
	}

	private void render(PdfRenderer renderer, int rows, String label, boolean keep) throws Exception {
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		long gc0 = gcMillis();
		long[] cpu = new long[6];
		cpu[0] = threads.getCurrentThreadCpuTime();
		long t0 = System.nanoTime();
		Map<String, Object> variables = SyntheticSanctionLists.variables(SyntheticSanctionLists.snapshot(rows));
		cpu[1] = threads.getCurrentThreadCpuTime();
		long t1 = System.nanoTime();
		String html = renderer.html(SanctionDocuments.LIST_TEMPLATE, variables, SanctionDocuments.DOCUMENT_LOCALE);
		cpu[2] = threads.getCurrentThreadCpuTime();
		long t2 = System.nanoTime();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		long t3;
		long t4;
		try (PdfBoxRenderer pdf = renderer.builder(html, out).buildPdfRenderer()) {
			cpu[3] = threads.getCurrentThreadCpuTime();
			t3 = System.nanoTime();
			pdf.layout();
			cpu[4] = threads.getCurrentThreadCpuTime();
			t4 = System.nanoTime();
			pdf.createPDF();
		}
		cpu[5] = threads.getCurrentThreadCpuTime();
		long t5 = System.nanoTime();
		long gc = gcMillis() - gc0;
		byte[] bytes = out.toByteArray();
		int pages;
		try (PDDocument document = Loader.loadPDF(bytes)) {
			pages = document.getNumberOfPages();
		}
		System.out.printf(Locale.ROOT,
				"[bench] %-10s wall: model %5d | thymeleaf %5d | parse %5d | layout %6d | write %5d | total %6d ms"
						+ " (GC %d ms) | %,d chars of HTML, %d pages (%d sheets), %,d bytes%n",
				label, ms(t0, t1), ms(t1, t2), ms(t2, t3), ms(t3, t4), ms(t4, t5), ms(t0, t5), gc, html.length(), pages,
				sheets(variables), bytes.length);
		System.out.printf(Locale.ROOT,
				"[bench] %-10s CPU:  model %5d | thymeleaf %5d | parse %5d | layout %6d | write %5d | total %6d ms%n",
				label, ms(cpu[0], cpu[1]), ms(cpu[1], cpu[2]), ms(cpu[2], cpu[3]), ms(cpu[3], cpu[4]),
				ms(cpu[4], cpu[5]), ms(cpu[0], cpu[5]));
		if (keep) {
			Files.createDirectories(Path.of("target/test-documents"));
			Files.write(Path.of("target/test-documents/sanction-list-bench.pdf"), bytes);
			Files.writeString(Path.of("target/test-documents/sanction-list-bench.html"), html);
		}
	}

	/** Prints the lines each cell of the first rows is estimated to take. */
	private static void estimates() {
		DocumentSnapshot snapshot = SyntheticSanctionLists.snapshot(12);
		System.out.println("[bench] header " + SanctionListSheets.headerHeight(snapshot.columns()));
		for (List<String> row : snapshot.rows()) {
			StringBuilder line = new StringBuilder("[bench] row " + row.get(0) + ":");
			for (int i = 0; i < row.size(); i++) {
				line.append(' ')
					.append(SanctionListSheets.lines(row.get(i), SanctionListSheets.columnWidth(i), i == 1));
			}
			System.out.println(line);
		}
	}

	private static int sheets(Map<String, Object> variables) {
		Object sheets = variables.get("sheets");
		return (sheets instanceof SanctionListSheets s) ? s.sheets().size() : 1;
	}

	private static long gcMillis() {
		long total = 0;
		for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
			total += Math.max(0, gc.getCollectionTime());
		}
		return total;
	}

	private static long ms(long from, long to) {
		return (to - from) / 1_000_000;
	}

}
