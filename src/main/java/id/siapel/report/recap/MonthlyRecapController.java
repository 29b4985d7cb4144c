package id.siapel.report.recap;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.siapel.attendance.AttendanceStatus;
import id.siapel.attendance.MonthGrid;
import id.siapel.attendance.RollCallHistory;
import id.siapel.organization.UnitTree;
import id.siapel.organization.UnitView;
import id.siapel.organization.Units;
import id.siapel.report.PdfRenderer;
import id.siapel.report.PemdaProfileView;
import id.siapel.report.PemdaProfiles;
import id.siapel.report.PersonalDataExports;
import id.siapel.security.CurrentUser;
import lombok.RequiredArgsConstructor;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The classic rekap bulanan of one OPD (or any unit with its sub-units): employees by
 * days with the codes of both roll calls and the month's totals, on A4 landscape with the
 * Pemda's letterhead; the same template as a printable page for checking.
 */
@Controller
@RequiredArgsConstructor
class MonthlyRecapController {

	static final String TEMPLATE = "report/pdf/recap-monthly";

	/** Every employee of the unit on one document. */
	static final int MAX_EMPLOYEES = 5000;

	private final RollCallHistory history;

	private final PdfRenderer renderer;

	private final Units units;

	private final PemdaProfiles pemda;

	private final CurrentUser currentUser;

	private final Clock clock;

	private final PersonalDataExports exports;

	@GetMapping(path = "/reports/recap/monthly", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	String page(@RequestParam String unit, @RequestParam YearMonth month) {
		return this.renderer.html(TEMPLATE, variables(unit, month), LocaleContextHolder.getLocale());
	}

	@GetMapping("/reports/recap/monthly.pdf")
	ResponseEntity<byte[]> pdf(@RequestParam String unit, @RequestParam YearMonth month) {
		Map<String, Object> variables = variables(unit, month);
		byte[] pdf = this.renderer.render(TEMPLATE, variables, LocaleContextHolder.getLocale());
		MonthGrid grid = (MonthGrid) variables.get("grid");
		String fileName = "rekap-bulanan_" + grid.unit().code() + "_" + month + ".pdf";
		this.exports.record(fileName,
				"unit: " + grid.unit().code() + "; period: " + month + "; rows: " + grid.rows().size(),
				grid.unit().code());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(pdf);
	}

	private Map<String, Object> variables(String unit, YearMonth month) {
		MonthGrid grid = this.history.grid(unit, month, 0, MAX_EMPLOYEES);
		List<UnitView> units = this.units.tree()
			.flatten(List.of(grid.unit().id()))
			.stream()
			.map(UnitTree.Node::unit)
			.toList();
		Map<String, Object> variables = new HashMap<>();
		variables.put("grid", grid);
		variables.put("document", MonthlyRecapDocument.of(grid, units));
		PemdaProfileView profile = this.pemda.current();
		variables.put("profile", profile);
		variables.put("placeAndDate", profile.placeAndDate(LocalDate.now(this.clock), LocaleContextHolder.getLocale()));
		variables.put("logo", this.pemda.logoDataUri().orElse(null));
		variables.put("statuses", AttendanceStatus.values());
		variables.put("printedAt", ZonedDateTime.now(this.clock));
		variables.put("printedBy", this.currentUser.require().fullName());
		return variables;
	}

}
