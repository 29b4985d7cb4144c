package id.siapel.attendance.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.siapel.attendance.AttendanceStatus;
import id.siapel.attendance.RollCallMarking;
import id.siapel.attendance.RollCallSheet;
import id.siapel.attendance.RollCalls;
import id.siapel.attendance.Session;
import id.siapel.organization.Units;
import id.siapel.shared.RuleViolationException;
import lombok.RequiredArgsConstructor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The roll-call sheet in the browser: open today's apel, mark the exceptions, submit. A
 * plain form post with a redirect (PRG); htmx only boosts it.
 */
@Controller
@RequestMapping("/roll-calls")
@RequiredArgsConstructor
class RollCallController {

	private static final String SHEET = "attendance/sheet";

	private static final String CHOOSE = "attendance/choose";

	private static final String CHANGES = "attendance/changes";

	private final RollCalls rollCalls;

	private final RollCallMarking marking;

	private final Units units;

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "rollCalls");
	}

	/** A unit head goes straight to today's sheet of their unit; others choose a unit. */
	@GetMapping
	String start(@RequestParam(required = false) String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) Session session, Model model) {
		LocalDate day = (date != null) ? date : this.rollCalls.today();
		Session chosen = (session != null) ? session : this.rollCalls.defaultSession();
		String code = (unit != null && !unit.isBlank()) ? unit
				: this.rollCalls.ownUnit().map((own) -> own.code()).orElse(null);
		if (code != null) {
			return "redirect:/roll-calls/" + this.units.visible(code).code() + "/" + day + "/" + chosen;
		}
		model.addAttribute("units", this.units.visibleTree());
		model.addAttribute("sessions", Session.values());
		model.addAttribute("date", day);
		model.addAttribute("session", chosen);
		return CHOOSE;
	}

	@GetMapping("/{unit}/{date}/{session}")
	String sheet(@PathVariable String unit, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@PathVariable Session session, Model model) {
		return page(this.rollCalls.sheet(unit, date, session), model);
	}

	@PostMapping("/{unit}/{date}/{session}")
	String submit(@PathVariable String unit,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @PathVariable Session session,
			@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
		SheetForm form = SheetForm.from(params);
		try {
			RollCallSheet saved = this.marking.submit(form.toCommand(unit, date, session));
			redirect.addFlashAttribute("success", "rollCall.saved." + session);
			redirect.addFlashAttribute("successArgs",
					new Object[] { saved.counts().present(), saved.counts().total(), saved.counts().unexcused() });
			return "redirect:/roll-calls/" + saved.unit().code() + "/" + date + "/" + session;
		}
		catch (RuleViolationException ex) {
			RollCallSheet sheet = this.rollCalls.sheet(unit, date, session);
			model.addAttribute("problems", ex.problems());
			model.addAttribute("invalidNips", form.nipsOf(ex.problems()));
			model.addAttribute("posted", form.postedValues());
			model.addAttribute("reason", form.reason());
			return page(sheet, model);
		}
	}

	@GetMapping("/{unit}/{date}/{session}/changes")
	String changes(@PathVariable String unit,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @PathVariable Session session,
			Model model) {
		model.addAttribute("sheet", this.rollCalls.sheet(unit, date, session));
		model.addAttribute("changes", this.rollCalls.history(unit, date, session));
		return CHANGES;
	}

	private String page(RollCallSheet sheet, Model model) {
		model.addAttribute("sheet", sheet);
		model.addAttribute("statuses", SheetForm.statusesFor(sheet.session()));
		model.addAttribute("allStatuses", AttendanceStatus.values());
		model.addAttribute("sessions", Session.values());
		model.addAttribute("today", this.rollCalls.today());
		if (!model.containsAttribute("posted")) {
			model.addAttribute("posted", Map.of());
			model.addAttribute("invalidNips", Set.of());
			model.addAttribute("problems", List.of());
		}
		return SHEET;
	}

}
