package id.siapel.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import id.siapel.organization.StaffLookup;
import id.siapel.organization.UnitKind;
import id.siapel.organization.UnitTree;
import id.siapel.organization.UnitView;
import id.siapel.organization.Units;
import id.siapel.organization.WorkPattern;
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
 * The unit tree pages: browse (everyone, within scope), create and edit, set the head
 * (HR, ADMIN).
 */
@Controller
@RequestMapping("/units")
@RequiredArgsConstructor
class UnitController {

	private static final String TREE = "organization/units";

	private static final String FORM = "organization/unit-form";

	private final Units units;

	private final StaffLookup staff;

	private final Clock clock;

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "units");
	}

	@GetMapping
	String tree(Model model) {
		LocalDate today = LocalDate.now(this.clock);
		List<UnitTree.Node> nodes = this.units.visibleTree();
		List<Long> headIds = nodes.stream()
			.map((node) -> node.unit().headEmployeeId())
			.filter(Objects::nonNull)
			.toList();
		model.addAttribute("nodes", nodes);
		model.addAttribute("heads", this.staff.describe(headIds));
		model.addAttribute("headcounts", this.staff.headcountByUnit(today));
		return TREE;
	}

	@GetMapping("/new")
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	String createForm(@RequestParam(required = false) String parent, Model model) {
		UnitForm form = new UnitForm();
		form.setParentCode(parent);
		return showForm(form, null, model);
	}

	@PostMapping("/new")
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	String create(@ModelAttribute("form") UnitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			UnitView created = this.units.create(form.toNewUnit());
			redirect.addFlashAttribute("success", "unit.created");
			return "redirect:/units/" + created.code() + "/edit";
		}
		catch (RuleViolationException ex) {
			ex.rejectInto(result);
			return showForm(form, null, model);
		}
	}

	@GetMapping("/{code}/edit")
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	String editForm(@PathVariable String code, Model model) {
		UnitView unit = this.units.visible(code);
		String parentCode = (unit.parentId() != null)
				? this.units.find(unit.parentId()).map(UnitView::code).orElse(null) : null;
		return showForm(UnitForm.of(unit, parentCode), unit, model);
	}

	@PostMapping("/{code}/edit")
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	String update(@PathVariable String code, @ModelAttribute("form") UnitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		UnitView unit = this.units.visible(code);
		form.setCode(unit.code());
		try {
			this.units.update(code, form.toChanges(), form.getVersion());
		}
		catch (RuleViolationException ex) {
			ex.rejectInto(result);
			return showForm(form, unit, model);
		}
		redirect.addFlashAttribute("success", "unit.updated");
		return "redirect:/units";
	}

	@PostMapping("/{code}/head")
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	String assignHead(@PathVariable String code, @RequestParam(required = false) String nip,
			RedirectAttributes redirect) {
		try {
			this.units.assignHead(code, nip);
			redirect.addFlashAttribute("success", "unit.head.saved");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("warning", ex.messageKey());
			redirect.addFlashAttribute("warningArgs", ex.arguments());
		}
		return "redirect:/units/" + code + "/edit";
	}

	private String showForm(UnitForm form, UnitView unit, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("unit", unit);
		model.addAttribute("kinds", UnitKind.values());
		model.addAttribute("patterns", WorkPattern.values());
		model.addAttribute("parents", this.units.visibleTree());
		if (unit != null) {
			model.addAttribute("candidates", this.staff.assignedTo(unit.id(), LocalDate.now(this.clock)));
			// A unit may have no head yet (a new unit, or the head left): Map.get(null)
			// of an immutable map throws, so ask only when there is one.
			Long headId = unit.headEmployeeId();
			model.addAttribute("head", (headId != null) ? this.staff.describe(List.of(headId)).get(headId) : null);
		}
		return FORM;
	}

}
