package id.siapel.discipline.web;

import java.util.List;

import id.siapel.discipline.CountingRuleSettings;
import id.siapel.discipline.CountingVersion;
import id.siapel.shared.RuleViolationException;
import lombok.RequiredArgsConstructor;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The counting rules (BKPSDM and the administrator): the versions with their effective
 * dates, a new version, changing or deleting one that has not governed counted absences.
 */
@Controller
@RequestMapping("/discipline/rules")
@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
@RequiredArgsConstructor
class RuleController {

	static final String PAGE = "discipline/rules";

	static final String FORM = "discipline/counting-form";

	private final CountingRuleSettings settings;

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "discipline");
	}

	@GetMapping
	String page(Model model) {
		List<CountingVersion> versions = new java.util.ArrayList<>(this.settings.versions());
		java.util.Collections.reverse(versions);
		model.addAttribute("versions", versions);
		return PAGE;
	}

	@GetMapping("/counting/new")
	String newVersion(Model model) {
		List<CountingVersion> versions = this.settings.versions();
		CountingForm form = CountingForm.of(versions.get(versions.size() - 1));
		form.setEffectiveFrom(null);
		form.setVersion(0);
		return show(form, null, model);
	}

	@PostMapping("/counting/new")
	String create(@ModelAttribute("form") CountingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(form, null, model);
		}
		try {
			redirect.addFlashAttribute("jobQueued", this.settings.create(form.toInput()));
		}
		catch (RuleViolationException ex) {
			ex.rejectInto(result);
			return show(form, null, model);
		}
		redirect.addFlashAttribute("success", "discipline.rules.saved");
		return "redirect:/discipline/rules";
	}

	@GetMapping("/counting/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		CountingVersion version = this.settings.version(id);
		return show(CountingForm.of(version), version, model);
	}

	@PostMapping("/counting/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute("form") CountingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		CountingVersion version = this.settings.version(id);
		if (result.hasErrors()) {
			return show(form, version, model);
		}
		try {
			redirect.addFlashAttribute("jobQueued", this.settings.change(id, form.toInput(), form.getVersion()));
		}
		catch (RuleViolationException ex) {
			ex.rejectInto(result);
			return show(form, version, model);
		}
		redirect.addFlashAttribute("success", "discipline.rules.saved");
		return "redirect:/discipline/rules";
	}

	@PostMapping("/counting/{id}/delete")
	String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("jobQueued", this.settings.delete(id, version));
			redirect.addFlashAttribute("success", "discipline.rules.deleted");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("warning", ex.messageKey());
			redirect.addFlashAttribute("warningArgs", ex.arguments());
		}
		return "redirect:/discipline/rules";
	}

	private String show(CountingForm form, CountingVersion version, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("rule", version);
		return FORM;
	}

}
