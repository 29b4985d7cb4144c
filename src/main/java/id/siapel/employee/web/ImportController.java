package id.siapel.employee.web;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

import id.siapel.employee.EmployeeImport;
import id.siapel.employee.EmployeeImportTemplate;
import id.siapel.shared.RuleViolationException;
import lombok.RequiredArgsConstructor;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
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

	private final EmployeeImportTemplate template;

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "employees");
	}

	@GetMapping
	String uploadForm(Model model) {
		return uploadPage(model);
	}

	/**
	 * A submit without a file (the browser sends an empty part with no name, or no part
	 * at all) is a form error, as is an empty file or one with only the header.
	 */
	@PostMapping
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
		if (file == null || (file.isEmpty() && !StringUtils.hasText(file.getOriginalFilename()))) {
			return fileError(model, "import.file.none");
		}
		try {
			UUID id = this.imports.upload(file.getOriginalFilename(), file.getBytes());
			return "redirect:/employees/import/" + id;
		}
		catch (RuleViolationException ex) {
			return fileError(model, ex.messageKey(), ex.arguments());
		}
	}

	@GetMapping("/template.csv")
	ResponseEntity<byte[]> templateCsv() {
		return download(this.template.csv(), "templat-impor-pegawai.csv", new MediaType("text", "csv"));
	}

	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> templateXlsx(Locale locale) {
		return download(this.template.xlsx(locale), "templat-impor-pegawai.xlsx",
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
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

	/**
	 * The upload was purged, committed or discarded, or is older than its time to live:
	 * the upload form again with the reason, {@code 410 Gone}, never an error page.
	 */
	@ExceptionHandler
	@ResponseStatus(HttpStatus.GONE)
	String uploadGone(EmployeeImport.UploadGoneException ex, Model model) {
		menu(model);
		return fileError(model, ex.messageKey(), ex.arguments());
	}

	private String fileError(Model model, String messageKey, Object... arguments) {
		model.addAttribute("fileError", messageKey);
		model.addAttribute("fileErrorArgs", arguments);
		return uploadPage(model);
	}

	private String uploadPage(Model model) {
		model.addAttribute("columns", this.template.columns());
		return UPLOAD;
	}

	private static ResponseEntity<byte[]> download(byte[] content, String fileName, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(content);
	}

	@PostMapping("/{id}/discard")
	String discard(@PathVariable UUID id, RedirectAttributes redirect) {
		this.imports.discard(id);
		redirect.addFlashAttribute("success", "import.discarded");
		return "redirect:/employees/import";
	}

}
