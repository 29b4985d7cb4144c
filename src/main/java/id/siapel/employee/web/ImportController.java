package id.siapel.employee.web;

import java.io.IOException;
import java.util.UUID;

import id.siapel.employee.EmployeeImport;
import id.siapel.shared.RuleViolationException;
import lombok.RequiredArgsConstructor;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Import of staff from CSV/XLSX in two steps: upload → preview listing every bad line →
 * commit (only when no line is bad). HR and ADMIN only.
 */
@Controller
@RequestMapping("/employees/import")
@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
@RequiredArgsConstructor
class ImportController {

	private static final String UPLOAD = "employee/import";

	private static final String PREVIEW = "employee/import-preview";

	private final EmployeeImport imports;

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "employees");
	}

	@GetMapping
	String uploadForm() {
		return UPLOAD;
	}

	@PostMapping
	String upload(@RequestParam("file") MultipartFile file, Model model) throws IOException {
		try {
			UUID id = this.imports.upload(file.getOriginalFilename(), file.getBytes());
			return "redirect:/employees/import/" + id;
		}
		catch (RuleViolationException ex) {
			model.addAttribute("fileError", ex.messageKey());
			model.addAttribute("fileErrorArgs", ex.arguments());
			return UPLOAD;
		}
	}

	@GetMapping("/{id}")
	String preview(@PathVariable UUID id, Model model) {
		model.addAttribute("preview", this.imports.preview(id));
		return PREVIEW;
	}

	@PostMapping("/{id}/commit")
	String commit(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		try {
			EmployeeImport.Outcome outcome = this.imports.commit(id);
			redirect.addFlashAttribute("success", "import.committed");
			redirect.addFlashAttribute("successArgs", new Object[] { outcome.created(), outcome.updated() });
			return "redirect:/employees";
		}
		catch (RuleViolationException ex) {
			// The data changed since the preview (e.g. someone created one of these
			// NIPs): show it again.
			return "redirect:/employees/import/" + id;
		}
	}

	@PostMapping("/{id}/discard")
	String discard(@PathVariable UUID id, RedirectAttributes redirect) {
		this.imports.discard(id);
		redirect.addFlashAttribute("success", "import.discarded");
		return "redirect:/employees/import";
	}

}
