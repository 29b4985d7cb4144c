package id.siapel.discipline.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import id.siapel.discipline.Inspections;
import id.siapel.discipline.Inspections.EvidenceFile;
import id.siapel.shared.RuleViolationException;
import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.Setter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One inspection (sidak): when, who, whom it found absent, and its photos and documents,
 * which BKPSDM may add to and anyone who may see the inspection may download (always as
 * an attachment of the type found in its content, never shown inline).
 */
@Controller
@RequestMapping("/inspections/{id}")
@RequiredArgsConstructor
class InspectionDetailController {

	private static final String VIEW = "discipline/inspection";

	/** What the pages say the largest file may be. */
	static final int EVIDENCE_MAX_MB = 5;

	private final Inspections inspections;

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "inspections");
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('HR', 'SECRETARY', 'ADMIN')")
	String show(@PathVariable long id, Model model) {
		return page(id, new EvidenceForm(), model);
	}

	@PostMapping("/evidence")
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	String attach(@PathVariable long id, @ModelAttribute("evidenceForm") EvidenceForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			List<?> added = this.inspections.attach(id, InspectionForm.uploads(form.getEvidence()));
			redirect.addFlashAttribute("success", "inspection.evidence.saved");
			redirect.addFlashAttribute("successArgs", new Object[] { added.size() });
			return "redirect:/inspections/{id}";
		}
		catch (RuleViolationException ex) {
			ex.problems()
				.forEach((problem) -> result.rejectValue("evidence", problem.messageKey(), problem.arguments(), null));
			return page(id, form, model);
		}
	}

	@GetMapping("/evidence/{evidenceId}")
	@PreAuthorize("hasAnyRole('HR', 'SECRETARY', 'ADMIN')")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long evidenceId) {
		EvidenceFile file = this.inspections.evidenceFile(id, evidenceId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	private String page(long id, EvidenceForm form, Model model) {
		model.addAttribute("inspection", this.inspections.find(id));
		model.addAttribute("evidenceForm", form);
		model.addAttribute("evidenceMaxMb", EVIDENCE_MAX_MB);
		return VIEW;
	}

	/** Files to add to an inspection. */
	@Getter
	@Setter
	static class EvidenceForm {

		private List<MultipartFile> evidence = new ArrayList<>();

	}

}
