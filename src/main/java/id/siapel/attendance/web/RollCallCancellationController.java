package id.siapel.attendance.web;

import java.time.LocalDate;

import id.siapel.attendance.CancelRollCall;
import id.siapel.attendance.RollCallCancellation;
import id.siapel.attendance.RollCallSheet;
import id.siapel.attendance.Session;
import id.siapel.shared.RuleViolationException;
import lombok.RequiredArgsConstructor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Apel ditiadakan" on the sheet page (the panel of {@code attendance/cancelled.html}):
 * plain forms that work without JavaScript. Cancel records that the apel did not take
 * place, with a reason; restore withdraws that, leaving the sheet open and not submitted.
 * Both answer with a redirect to the sheet (PRG); a refused reason comes back to the
 * sheet as a flash message next to the form, with what was typed, since the sheet page is
 * rendered by its own controller. A stale page is a conflict (409 page), a closed window
 * or another OPD a 403.
 */
@Controller
@RequestMapping("/roll-calls/{unit}/{date}/{session}")
@RequiredArgsConstructor
class RollCallCancellationController {

	private final RollCallCancellation cancellation;

	@PostMapping("/cancel")
	String cancel(@PathVariable String unit,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @PathVariable Session session,
			@ModelAttribute CancelForm form, RedirectAttributes redirect) {
		try {
			RollCallSheet sheet = this.cancellation
				.cancel(new CancelRollCall(unit, date, session, form.version(), form.reason()));
			redirect.addFlashAttribute("success", "rollCall.cancel.done." + session);
			redirect.addFlashAttribute("successArgs", new Object[] { sheet.cancellation().reason() });
			return sheet(sheet.unit().code(), date, session);
		}
		catch (RuleViolationException ex) {
			refused(ex, form, redirect);
			return sheet(unit, date, session);
		}
	}

	@PostMapping("/restore")
	String restore(@PathVariable String unit,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @PathVariable Session session,
			@ModelAttribute CancelForm form, RedirectAttributes redirect) {
		try {
			RollCallSheet sheet = this.cancellation
				.restore(new CancelRollCall(unit, date, session, form.version(), form.reason()));
			redirect.addFlashAttribute("success", "rollCall.restore.done." + session);
			redirect.addFlashAttribute("successArgs", new Object[0]);
			return sheet(sheet.unit().code(), date, session);
		}
		catch (RuleViolationException ex) {
			refused(ex, form, redirect);
			return sheet(unit, date, session);
		}
	}

	private static void refused(RuleViolationException ex, CancelForm form, RedirectAttributes redirect) {
		redirect.addFlashAttribute("cancelProblem", ex.messageKey());
		redirect.addFlashAttribute("cancelProblemArgs", ex.arguments());
		redirect.addFlashAttribute("cancelReason", form.reason());
	}

	private static String sheet(String unit, LocalDate date, Session session) {
		return "redirect:/roll-calls/" + unit + "/" + date + "/" + session;
	}

}
