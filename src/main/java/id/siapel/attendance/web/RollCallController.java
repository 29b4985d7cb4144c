package id.siapel.attendance.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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
 * The roll-call sheet in the browser: open the apel where the work is, mark the
 * exceptions, submit. A plain form post with a redirect (PRG) that works for any size of
 * sheet without JavaScript; with JavaScript the page sends only the changed lines as JSON
 * ({@link SheetSaveController}).
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

	/**
	 * A unit head goes straight to the apel where work is (today's current session, or
	 * the last working day's evening on a weekend or holiday); others choose a unit.
	 */
	@GetMapping
	String start(@RequestParam(required = false) String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) Session session, Model model) {
		String code = (unit != null && !unit.isBlank()) ? unit
				: this.rollCalls.ownUnit().map((own) -> own.code()).orElse(null);
		if (code != null) {
			if (date == null) {
				RollCalls.Landing landing = this.rollCalls.landing(code);
				Session chosen = (session != null) ? session : landing.session();
				return "redirect:/roll-calls/" + landing.unitCode() + "/" + landing.date() + "/" + chosen;
			}
			Session chosen = (session != null) ? session : this.rollCalls.defaultSession();
			return "redirect:/roll-calls/" + this.units.visible(code).code() + "/" + date + "/" + chosen;
		}
		model.addAttribute("units", this.units.visibleTree());
		model.addAttribute("sessions", Session.values());
		model.addAttribute("date", (date != null) ? date : this.rollCalls.today());
		model.addAttribute("session", (session != null) ? session : this.rollCalls.defaultSession());
		return CHOOSE;
	}

	@GetMapping("/{unit}/{date}/{session}")
	String sheet(@PathVariable String unit, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@PathVariable Session session, Model model) {
		return page(this.rollCalls.sheet(unit, date, session), model);
	}

	/**
	 * The plain form: every line of the sheet travels (four fields each, see
	 * {@link SheetForm}), which the parameter limit in application.properties allows for
	 * the largest OPD.
	 */
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
			model.addAttribute("problems", form.lineProblems(ex.problems()));
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
		String code = sheet.unit().code();
		model.addAttribute("sheet", sheet);
		model.addAttribute("statuses", SheetForm.statusesFor(sheet.session()));
		model.addAttribute("allStatuses", AttendanceStatus.values());
		model.addAttribute("statusCounts", sheet.statusCounts());
		model.addAttribute("sessions", Session.values());
		model.addAttribute("today", this.rollCalls.today());
		model.addAttribute("previousDay", this.rollCalls.previousWorkingDay(code, sheet.date()));
		model.addAttribute("nextDay", this.rollCalls.nextWorkingDay(code, sheet.date()));
		// A fresh key per page: a form sent twice (a double tap, a retry after a lost
		// answer) is applied once.
		model.addAttribute("submissionKey", UUID.randomUUID());
		if (!model.containsAttribute("posted")) {
			model.addAttribute("posted", Map.of());
			model.addAttribute("invalidNips", Set.of());
			model.addAttribute("problems", new ArrayList<SheetForm.LineProblem>());
		}
		return SHEET;
	}

	static List<AttendanceStatus> statuses(Session session) {
		return SheetForm.statusesFor(session);
	}

}
