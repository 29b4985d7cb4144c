package id.siapel.attendance.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import id.siapel.attendance.AttendanceStatus;
import id.siapel.attendance.RollCallMarking;
import id.siapel.attendance.RollCallSheet;
import id.siapel.attendance.RollCalls;
import id.siapel.attendance.Session;
import id.siapel.attendance.SubmitRollCall;
import id.siapel.shared.NotFoundException;
import id.siapel.shared.RuleViolationException;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The sheet page's own save when JavaScript runs: only the changed lines travel, with the
 * version the page saw and an idempotency key, so a 1,600-person sheet costs a few
 * hundred bytes and a retry after a lost answer is applied once. Every outcome is an
 * answer the page can show: the saved sheet, the lines at fault (422), the other person's
 * values next to the head's own (409), a closed window or an expired session (403).
 */
@Controller
@RequestMapping("/roll-calls")
@RequiredArgsConstructor
class SheetSaveController {

	private final RollCalls rollCalls;

	private final RollCallMarking marking;

	private final MessageSource messages;

	private final java.time.Clock clock;

	@PostMapping(path = "/{unit}/{date}/{session}", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Map<String, Object>> save(@PathVariable String unit,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @PathVariable Session session,
			@RequestBody SaveRequest request) {
		List<SubmitRollCall.Mark> marks = request.marks();
		try {
			RollCallSheet saved = this.marking.submit(
					new SubmitRollCall(unit, date, session, request.version(), request.reason(), marks, request.key()));
			return ResponseEntity.ok(savedBody(saved, marks));
		}
		catch (RuleViolationException ex) {
			return problem(HttpStatus.UNPROCESSABLE_CONTENT, "INVALID", lines(ex, marks));
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			return conflict(this.rollCalls.sheet(unit, date, session), marks);
		}
		catch (AccessDeniedException ex) {
			RollCallSheet sheet = this.rollCalls.sheet(unit, date, session);
			boolean closed = sheet.access().state() == RollCallSheet.SheetState.WINDOW_CLOSED;
			return problem(HttpStatus.FORBIDDEN, closed ? "WINDOW_CLOSED" : "FORBIDDEN",
					List.of(Map.of("message",
							closed ? text("rollCall.state.WINDOW_CLOSED", longDate(sheet.access().lastEditDay()))
									: text("rollCall.save.forbidden"))));
		}
		catch (NotFoundException ex) {
			return problem(HttpStatus.NOT_FOUND, "NOT_FOUND",
					List.of(Map.of("message", text(ex.messageKey(), ex.arguments()))));
		}
	}

	/**
	 * A body the page could not have sent (broken JSON, a key that is not a UUID): 400 as
	 * problem+json, which the page shows, never an HTML error page.
	 */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	@ResponseBody
	ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException ex) {
		return problem(HttpStatus.BAD_REQUEST, "UNREADABLE",
				List.of(Map.of("message", text("rollCall.save.unreadable"))));
	}

	private Map<String, Object> savedBody(RollCallSheet saved, List<SubmitRollCall.Mark> marks) {
		Map<String, RollCallSheet.Entry> byNip = byNip(saved);
		List<Map<String, Object>> lines = new ArrayList<>();
		for (SubmitRollCall.Mark mark : marks) {
			RollCallSheet.Entry entry = byNip.get(mark.nip());
			if (entry != null) {
				lines.add(Map.of("nip", entry.nip(), "shown", entry.shown()));
			}
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("version", saved.version());
		body.put("updatedAt", saved.updatedAt());
		body.put("updatedBy", saved.updatedBy());
		body.put("counts", codes(saved.statusCounts()));
		body.put("lines", lines);
		body.put("message", text("rollCall.saved." + saved.session(), saved.counts().present(), saved.counts().total(),
				saved.counts().unexcused()));
		return body;
	}

	/**
	 * Someone else saved since the page was loaded: every sent line with what the head
	 * saw, what the head chose and what the sheet holds now; a line is in conflict when
	 * both changed it differently. The head decides; nothing is dropped.
	 */
	private ResponseEntity<Map<String, Object>> conflict(RollCallSheet current, List<SubmitRollCall.Mark> marks) {
		Map<String, RollCallSheet.Entry> byNip = byNip(current);
		List<Map<String, Object>> lines = new ArrayList<>();
		for (SubmitRollCall.Mark mark : marks) {
			RollCallSheet.Entry entry = byNip.get(mark.nip());
			if (entry == null) {
				continue;
			}
			String theirs = entry.shown();
			boolean conflicting = mark.shown() != null && !Objects.equals(theirs, mark.shown())
					&& !Objects.equals(theirs, value(mark));
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("nip", entry.nip());
			line.put("name", entry.name());
			line.put("shown", mark.shown());
			line.put("theirs", theirs);
			line.put("conflict", conflicting);
			lines.add(line);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", 409);
		body.put("code", "CONFLICT");
		body.put("version", current.version());
		body.put("updatedAt", current.updatedAt());
		body.put("updatedBy", current.updatedBy());
		body.put("message", text("rollCall.save.conflict", Objects.toString(current.updatedBy(), "?"),
				(current.updatedAt() != null) ? time(current.updatedAt()) : ""));
		body.put("lines", lines);
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	private List<Map<String, Object>> lines(RuleViolationException ex, List<SubmitRollCall.Mark> marks) {
		List<Map<String, Object>> errors = new ArrayList<>();
		for (RuleViolationException.Problem problem : ex.problems()) {
			Map<String, Object> error = new HashMap<>();
			error.put("field", problem.field());
			error.put("message", text(problem.messageKey(), problem.arguments()));
			String nip = SheetForm.nipOfLine(problem.field(), marks);
			if (nip != null) {
				error.put("nip", nip);
			}
			errors.add(error);
		}
		return errors;
	}

	private ResponseEntity<Map<String, Object>> problem(HttpStatus status, String code,
			List<Map<String, Object>> errors) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", status.value());
		body.put("code", code);
		body.put("detail", errors.isEmpty() ? "" : errors.get(0).get("message"));
		body.put("errors", errors);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	private static Map<String, RollCallSheet.Entry> byNip(RollCallSheet sheet) {
		Map<String, RollCallSheet.Entry> byNip = new HashMap<>();
		sheet.entries().forEach((entry) -> byNip.put(entry.nip(), entry));
		return byNip;
	}

	private static Map<String, Integer> codes(Map<AttendanceStatus, Integer> counts) {
		Map<String, Integer> byCode = new LinkedHashMap<>();
		counts.forEach((status, n) -> byCode.put(status.code(), n));
		return byCode;
	}

	private static String value(SubmitRollCall.Mark mark) {
		return mark.status() + "~" + ((mark.minutes() != null) ? mark.minutes() : "") + "~"
				+ ((mark.note() != null) ? mark.note() : "");
	}

	private String text(String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, args, key, locale);
	}

	private String longDate(LocalDate day) {
		return (day != null) ? day
			.format(java.time.format.DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", LocaleContextHolder.getLocale()))
				: "";
	}

	private String time(Instant instant) {
		return java.time.format.DateTimeFormatter.ofPattern("HH.mm").withZone(this.clock.getZone()).format(instant);
	}

	/**
	 * What the page sends.
	 *
	 * @param version the sheet's version when the head marked these lines
	 * @param key the idempotency key of this submission (the same on every retry)
	 * @param reason a correction's reason (HR after the edit window)
	 * @param lines the changed lines only
	 */
	record SaveRequest(Long version, UUID key, String reason, List<LineRequest> lines) {

		List<SubmitRollCall.Mark> marks() {
			if (this.lines == null) {
				return List.of();
			}
			return this.lines.stream()
				.map((l) -> (l == null) ? new SubmitRollCall.Mark(null, null, null, null, null)
						: new SubmitRollCall.Mark(l.nip(), SheetForm.parse(l.status()), l.minutes(), l.note(),
								l.shown()))
				.toList();
		}

	}

	/**
	 * One changed line: its status (name or code), minutes, note, and the value shown
	 * before.
	 */
	record LineRequest(String nip, String status, Integer minutes, String note, String shown) {
	}

}
