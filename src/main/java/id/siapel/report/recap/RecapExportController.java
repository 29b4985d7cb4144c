package id.siapel.report.recap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import id.siapel.shared.ExportGate;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The recaps as files, with the same filter and sort as the pages. The filter is checked
 * before the first byte is sent (422 or 403 as a page); the file is built in a temporary
 * file inside a short transaction and sent afterwards, so a slow download holds no
 * database connection (issue 14).
 */
@Controller
@RequiredArgsConstructor
class RecapExportController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String CSV = "text/csv;charset=UTF-8";

	private final Recaps recaps;

	private final RecapExports exports;

	private final ExportGate gate;

	@GetMapping("/reports/recap.xlsx")
	void opdXlsx(@ModelAttribute RecapForm form, HttpServletResponse response) throws IOException {
		xlsx(this.recaps.criteria(form, RecapLevel.OPD), response);
	}

	@GetMapping("/reports/recap.csv")
	void opdCsv(@ModelAttribute RecapForm form, HttpServletResponse response) throws IOException {
		csv(this.recaps.criteria(form, RecapLevel.OPD), response);
	}

	@GetMapping("/reports/recap/employees.xlsx")
	void employeeXlsx(@ModelAttribute RecapForm form, HttpServletResponse response) throws IOException {
		xlsx(this.recaps.criteria(form, RecapLevel.EMPLOYEE), response);
	}

	@GetMapping("/reports/recap/employees.csv")
	void employeeCsv(@ModelAttribute RecapForm form, HttpServletResponse response) throws IOException {
		csv(this.recaps.criteria(form, RecapLevel.EMPLOYEE), response);
	}

	private void xlsx(RecapCriteria criteria, HttpServletResponse response) throws IOException {
		send(criteria, "xlsx", XLSX, response);
	}

	private void csv(RecapCriteria criteria, HttpServletResponse response) throws IOException {
		send(criteria, "csv", CSV, response);
	}

	/**
	 * Builds the file (one of at most {@code siapel.limits.concurrent-exports} at a time,
	 * in a transaction of its own), then copies it to the response with no connection
	 * held, and deletes it.
	 */
	private void send(RecapCriteria criteria, String extension, String type, HttpServletResponse response)
			throws IOException {
		Path file = this.gate.run(() -> {
			try {
				return this.exports.build(criteria, extension);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		try {
			start(response, type, RecapExports.fileName(criteria, extension));
			response.setContentLengthLong(Files.size(file));
			Files.copy(file, response.getOutputStream());
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	private static void start(HttpServletResponse response, String type, String fileName) {
		response.setContentType(type);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

}
