package id.siapel.discipline.web;

import id.siapel.discipline.LadderSettings;
import id.siapel.discipline.LadderVersion;
import id.siapel.discipline.rules.Authority;
import id.siapel.discipline.rules.SanctionLevel;
import id.siapel.shared.NotFoundException;
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
 * The sanction ladders (BKPSDM and the administrator): PP 94/2021 for PNS and CPNS
 * read-only, the PPPK ladder as versions with an effective date, and deleting a PPPK or
 * non-ASN version that has not governed counted absences.
 */
@Controller
@RequestMapping("/discipline/rules/ladders")
@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
@RequiredArgsConstructor
class LadderController {

	static final String PAGE = "discipline/ladders";

	static final String FORM = "discipline/ladder-form";

	private final LadderSettings settings;

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "discipline");
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("ladders", this.settings.overview());
		return PAGE;
	}

	@GetMapping("/pppk/new")
	String newVersion(Model model) {
		LadderForm form = LadderForm.of(this.settings.latest(LadderSettings.PPPK));
		form.setEffectiveFrom(null);
		form.setVersion(0);
		return show(form, null, model);
	}

	@PostMapping("/pppk/new")
	String create(@ModelAttribute("form") LadderForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(form.withSpareRows(), null, model);
		}
		try {
			redirect.addFlashAttribute("jobQueued", this.settings.create(LadderSettings.PPPK, form.toInput()));
		}
		catch (RuleViolationException ex) {
			ex.rejectInto(result);
			return show(form.withSpareRows(), null, model);
		}
		redirect.addFlashAttribute("success", "discipline.ladder.saved");
		return "redirect:/discipline/rules/ladders";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		LadderVersion ladder = pppk(id);
		return show(LadderForm.of(ladder), ladder, model);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute("form") LadderForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		LadderVersion ladder = pppk(id);
		if (result.hasErrors()) {
			return show(form.withSpareRows(), ladder, model);
		}
		try {
			redirect.addFlashAttribute("jobQueued", this.settings.change(id, form.toInput(), form.getVersion()));
		}
		catch (RuleViolationException ex) {
			ex.rejectInto(result);
			return show(form.withSpareRows(), ladder, model);
		}
		redirect.addFlashAttribute("success", "discipline.ladder.saved");
		return "redirect:/discipline/rules/ladders";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("jobQueued", this.settings.delete(id, version));
			redirect.addFlashAttribute("success", "discipline.ladder.deleted");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("warning", ex.messageKey());
			redirect.addFlashAttribute("warningArgs", ex.arguments());
		}
		return "redirect:/discipline/rules/ladders";
	}

	private LadderVersion pppk(long id) {
		LadderVersion ladder = this.settings.version(id);
		if (!LadderSettings.PPPK.equals(ladder.code())) {
			throw new NotFoundException("discipline.ladder.notFound", id);
		}
		return ladder;
	}

	private String show(LadderForm form, LadderVersion ladder, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("ladder", ladder);
		model.addAttribute("levels",
				new SanctionLevel[] { SanctionLevel.LIGHT, SanctionLevel.MODERATE, SanctionLevel.SEVERE });
		model.addAttribute("authorities", Authority.values());
		return FORM;
	}

}
