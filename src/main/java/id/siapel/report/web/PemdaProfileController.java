package id.siapel.report.web;

import java.io.IOException;

import id.siapel.report.PemdaProfileView;
import id.siapel.report.PemdaProfiles;
import id.siapel.report.SignatoryDesignation;
import id.siapel.shared.RuleViolationException;
import lombok.RequiredArgsConstructor;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page for the Pemda's letterhead and the Sekda's signature block,
 * and the logo image for pages that preview documents.
 */
@Controller
@RequiredArgsConstructor
class PemdaProfileController {

	private static final String FORM = "report/pemda";

	private final PemdaProfiles profiles;

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "pemda");
	}

	@GetMapping("/admin/pemda")
	@PreAuthorize("hasRole('ADMIN')")
	String form(Model model) {
		model.addAttribute("form", PemdaForm.of(this.profiles.current()));
		return page(model);
	}

	@PostMapping("/admin/pemda")
	@PreAuthorize("hasRole('ADMIN')")
	String save(@ModelAttribute("form") PemdaForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			// A value that is no designation (typeMismatch).
			return page(model);
		}
		try {
			this.profiles.update(form.toView());
			redirect.addFlashAttribute("success", "pemda.saved");
			return "redirect:/admin/pemda";
		}
		catch (RuleViolationException ex) {
			ex.rejectInto(result);
			return page(model);
		}
	}

	@PostMapping("/admin/pemda/logo")
	@PreAuthorize("hasRole('ADMIN')")
	String logo(@RequestParam(name = "logo", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean remove, RedirectAttributes redirect) throws IOException {
		try {
			if (remove) {
				this.profiles.changeLogo(null);
			}
			else if (file == null || file.isEmpty()) {
				throw new RuleViolationException("logo", "pemda.logo.missing");
			}
			else {
				this.profiles.changeLogo(file.getBytes());
			}
			redirect.addFlashAttribute("success", "pemda.logo.saved");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("warning", ex.messageKey());
			redirect.addFlashAttribute("warningArgs", ex.arguments());
		}
		return "redirect:/admin/pemda";
	}

	@GetMapping("/pemda/logo")
	ResponseEntity<byte[]> logoImage() {
		return this.profiles.logo()
			.map((logo) -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(logo.contentType()))
				.cacheControl(CacheControl.noCache())
				.body(logo.bytes()))
			.orElse(ResponseEntity.notFound().build());
	}

	private String page(Model model) {
		model.addAttribute("profile", this.profiles.current());
		model.addAttribute("designations", SignatoryDesignation.values());
		return FORM;
	}

}
