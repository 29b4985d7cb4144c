package id.siapel.calendar.web;

import java.io.IOException;

import id.siapel.calendar.CalendarImport;
import id.siapel.shared.RuleViolationException;
import lombok.RequiredArgsConstructor;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Import of a year's list from CSV (HR, ADMIN): all lines or none; a file with bad lines
 * comes back with every bad line and its reason.
 */
@Controller
@RequestMapping("/calendar/import")
@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
@RequiredArgsConstructor
class CalendarImportController {

	static final String VIEW = "calendar/import";

	private final CalendarImport imports;

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "calendar");
	}

	@GetMapping
	String form() {
		return VIEW;
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean replace, Model model, RedirectAttributes redirect)
			throws IOException {
		try {
			CalendarImport.Outcome outcome = this.imports.importCsv((file != null) ? file.getOriginalFilename() : null,
					(file != null) ? file.getBytes() : new byte[0], replace);
			redirect.addFlashAttribute("success", "calendar.import.done");
			redirect.addFlashAttribute("successArgs", new Object[] { outcome.created(), outcome.replaced() });
			return "redirect:/calendar";
		}
		catch (RuleViolationException ex) {
			model.addAttribute("problems", ex.problems());
			model.addAttribute("replace", replace);
			return VIEW;
		}
	}

}
