package id.siapel.report.board;

import java.time.LocalDate;

import lombok.RequiredArgsConstructor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The compliance board: the whole page, and the table alone that the page fetches again
 * every few seconds (htmx polling). Without JavaScript the page is a plain page with a
 * reload link.
 */
@Controller
@RequestMapping("/reports/board")
@RequiredArgsConstructor
@PreAuthorize("hasAnyRole('HR', 'SECRETARY', 'ADMIN', 'UNIT_HEAD')")
class BoardController {

	static final String VIEW = "report/board";

	private final ComplianceBoard board;

	/** Seconds between two refreshes of the table (a setting so tests can be quick). */
	@Value("${siapel.report.board-refresh-seconds:30}")
	private int refreshSeconds;

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "board");
	}

	@GetMapping
	String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Model model) {
		fill(date, model);
		return VIEW;
	}

	@GetMapping("/table")
	String table(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Model model) {
		fill(date, model);
		return VIEW + " :: table";
	}

	private void fill(LocalDate date, Model model) {
		model.addAttribute("board", this.board.board((date != null) ? date : this.board.today()));
		model.addAttribute("refreshSeconds", Math.max(1, this.refreshSeconds));
	}

}
