package id.siapel.discipline.web;

import id.siapel.discipline.LadderSettings;
import id.siapel.discipline.LadderVersion;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The non-ASN contract evaluation (BKPSDM and the administrator): the number of days
 * above which non-renewal is recommended, as versions with an effective date.
 */
@Controller
@RequestMapping("/discipline/rules/non-asn")
@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
@RequiredArgsConstructor
class NonAsnController {

	static final String FORM = "discipline/non-asn-form";

	private final LadderSettings settings;

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "discipline");
	}

	@GetMapping("/new")
	String newVersion(Model model) {
		NonAsnForm form = NonAsnForm.of(this.settings.latest(LadderSettings.NON_ASN));
		form.setEffectiveFrom(null);
		form.setVersion(0);
		return show(form, null, model);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") NonAsnForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(form, null, model);
		}
		try {
			LadderVersion template = this.settings.latest(LadderSettings.NON_ASN);
			redirect.addFlashAttribute("jobQueued",
					this.settings.create(LadderSettings.NON_ASN,
							LadderSettings.nonAsnInput(template, form.getEffectiveFrom(), form.getDaysAbove(),
									form.getLegalSource(), form.isConfirmPast())));
		}
		catch (RuleViolationException ex) {
			ex.rejectInto(result);
			return show(form, null, model);
		}
		redirect.addFlashAttribute("success", "discipline.nonAsn.saved");
		return "redirect:/discipline/rules/ladders";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		LadderVersion ladder = nonAsn(id);
		return show(NonAsnForm.of(ladder), ladder, model);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute("form") NonAsnForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		LadderVersion ladder = nonAsn(id);
		if (result.hasErrors()) {
			return show(form, ladder, model);
		}
		try {
			redirect.addFlashAttribute("jobQueued",
					this.settings.change(id, LadderSettings.nonAsnInput(ladder, form.getEffectiveFrom(),
							form.getDaysAbove(), form.getLegalSource(), form.isConfirmPast()), form.getVersion()));
		}
		catch (RuleViolationException ex) {
			ex.rejectInto(result);
			return show(form, ladder, model);
		}
		redirect.addFlashAttribute("success", "discipline.nonAsn.saved");
		return "redirect:/discipline/rules/ladders";
	}

	private LadderVersion nonAsn(long id) {
		LadderVersion ladder = this.settings.version(id);
		if (!LadderSettings.NON_ASN.equals(ladder.code())) {
			throw new NotFoundException("discipline.ladder.notFound", id);
		}
		return ladder;
	}

	private String show(NonAsnForm form, LadderVersion ladder, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("ladder", ladder);
		return FORM;
	}

}
