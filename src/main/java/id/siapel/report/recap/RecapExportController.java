package id.siapel.report.recap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The recaps as files, with the same filter and sort as the pages. The filter is checked
 * before the first byte is sent (422 or 403 as a page); then the rows are written to the
 * response while the database sends them.
 */
@Controller
@RequiredArgsConstructor
class RecapExportController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String CSV = "text/csv;charset=UTF-8";

	private final Recaps recaps;

	private final RecapExports exports;

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
		start(response, XLSX, RecapExports.fileName(criteria, "xlsx"));
		this.exports.xlsx(criteria, response.getOutputStream());
	}

	private void csv(RecapCriteria criteria, HttpServletResponse response) throws IOException {
		start(response, CSV, RecapExports.fileName(criteria, "csv"));
		this.exports.csv(criteria, response.getOutputStream());
	}

	private static void start(HttpServletResponse response, String type, String fileName) {
		response.setContentType(type);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

}
