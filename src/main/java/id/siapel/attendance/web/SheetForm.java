package id.siapel.attendance.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.siapel.attendance.AttendanceStatus;
import id.siapel.attendance.Session;
import id.siapel.attendance.SubmitRollCall;
import id.siapel.shared.RuleViolationException;

import org.springframework.util.MultiValueMap;

/**
 * The posted sheet. Each line travels as {@code s.<nip>} (status, its code such as
 * {@code TK} or its name such as {@code UNEXCUSED}), {@code m.<nip>} (minutes),
 * {@code n.<nip>} (note) and {@code o.<nip>} (the value the page showed), so a sheet of
 * any size binds without index limits and a line nobody touched is not sent on as a
 * change. Four fields per person: {@code server.tomcat.max-parameter-count} is sized for
 * it.
 */
final class SheetForm {

	private static final Pattern LINE = Pattern.compile("records\\[(\\d+)]\\..*");

	private final List<SubmitRollCall.Mark> marks;

	private final Long version;

	private final String reason;

	private final List<String> unknownStatusNips;

	private final UUID key;

	private SheetForm(List<SubmitRollCall.Mark> marks, Long version, String reason, List<String> unknownStatusNips,
			UUID key) {
		this.marks = marks;
		this.version = version;
		this.reason = reason;
		this.unknownStatusNips = unknownStatusNips;
		this.key = key;
	}

	static SheetForm from(MultiValueMap<String, String> params) {
		List<SubmitRollCall.Mark> marks = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (Map.Entry<String, List<String>> param : params.entrySet()) {
			if (!param.getKey().startsWith("s.")) {
				continue;
			}
			String nip = param.getKey().substring(2);
			AttendanceStatus status = parse(param.getValue().get(0));
			if (status == null) {
				unknown.add(nip);
			}
			// The minutes box stays in the page for every line; it only counts for T and
			// PC.
			Integer minutes = (status != null && status.needsMinutes()) ? minutes(params.getFirst("m." + nip)) : null;
			marks.add(new SubmitRollCall.Mark(nip, status, minutes, params.getFirst("n." + nip),
					params.getFirst("o." + nip)));
		}
		return new SheetForm(marks, parseVersion(params.getFirst("version")), params.getFirst("reason"), unknown,
				parseKey(params.getFirst("key")));
	}

	SubmitRollCall toCommand(String unit, LocalDate date, Session session) {
		return new SubmitRollCall(unit, date, session, this.version, this.reason, this.marks, this.key);
	}

	/** The problems, each with the NIP of its line (to link to the row), if any. */
	List<LineProblem> lineProblems(List<RuleViolationException.Problem> problems) {
		List<LineProblem> lines = new ArrayList<>();
		for (RuleViolationException.Problem problem : problems) {
			lines.add(new LineProblem(problem, nipOf(problem)));
		}
		return lines;
	}

	private String nipOf(RuleViolationException.Problem problem) {
		return nipOfLine(problem.field(), this.marks);
	}

	/** The NIP of the line a field such as {@code records[3].minutes} is on. */
	static String nipOfLine(String field, List<SubmitRollCall.Mark> marks) {
		if (field == null) {
			return null;
		}
		Matcher line = LINE.matcher(field);
		if (line.matches()) {
			int index = Integer.parseInt(line.group(1));
			return (index < marks.size()) ? marks.get(index).nip() : null;
		}
		return null;
	}

	/**
	 * A problem of the sheet, with the NIP of the line it is about ({@code null}: none).
	 */
	record LineProblem(RuleViolationException.Problem problem, String nip) {
	}

	String reason() {
		return this.reason;
	}

	/** What the user chose, to show it again next to the errors. */
	Map<String, SubmitRollCall.Mark> postedValues() {
		Map<String, SubmitRollCall.Mark> posted = new HashMap<>();
		this.marks.forEach((mark) -> posted.put(mark.nip(), mark));
		return posted;
	}

	/** The NIPs of the lines the problems are about ({@code records[i].…}). */
	Set<String> nipsOf(List<RuleViolationException.Problem> problems) {
		Set<String> nips = new HashSet<>(this.unknownStatusNips);
		for (RuleViolationException.Problem problem : problems) {
			String nip = nipOf(problem);
			if (nip != null) {
				nips.add(nip);
			}
		}
		return nips;
	}

	/**
	 * The statuses that make sense at a session: lateness in the morning, early leave in
	 * the evening.
	 */
	static List<AttendanceStatus> statusesFor(Session session) {
		return Arrays.stream(AttendanceStatus.values()).filter((status) -> status.allowedIn(session)).toList();
	}

	/** A status by its code (H, TK, …: what the plain form shows) or its name. */
	static AttendanceStatus parse(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String given = value.strip().toUpperCase(java.util.Locale.ROOT);
		for (AttendanceStatus status : AttendanceStatus.values()) {
			if (status.code().equals(given) || status.name().equals(given)) {
				return status;
			}
		}
		return null;
	}

	private static UUID parseKey(String value) {
		try {
			return (value != null && !value.isBlank()) ? UUID.fromString(value.strip()) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Integer minutes(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			// Out of range on purpose: the service answers "1 to 480 minutes" next to the
			// line.
			return -1;
		}
	}

	private static Long parseVersion(String value) {
		try {
			return (value != null && !value.isBlank()) ? Long.valueOf(value) : 0L;
		}
		catch (NumberFormatException ex) {
			return 0L;
		}
	}

}
