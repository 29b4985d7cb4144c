package id.siapel.discipline.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;

import id.siapel.attendance.AttendanceStatus;
import id.siapel.attendance.Session;
import id.siapel.discipline.FlagView;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A flag's reason in the reader's language: the stored message key and arguments, with
 * ISO dates written out ("8 April 2025"), sessions named, and a single status code
 * written as its name with the code ("Terlambat (T)").
 */
@Component("flagTexts")
@RequiredArgsConstructor
public class FlagTexts {

	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	/**
	 * The argument that is one roll call's status code, by message key: a bare "T" means
	 * nothing to a reader (issue 13).
	 */
	private static final Map<String, Integer> STATUS_ARGUMENT = Map.of("flag.detail.INSPECTION_MISMATCH", 2);

	private final MessageSource messages;

	public String detail(FlagView flag) {
		Integer statusAt = STATUS_ARGUMENT.get(flag.detailKey());
		Object[] args = new Object[flag.detailArgs().size()];
		for (int i = 0; i < args.length; i++) {
			String value = flag.detailArgs().get(i);
			args[i] = (statusAt != null && statusAt == i) ? status(value) : argument(value);
		}
		return this.messages.getMessage(flag.detailKey(), args, flag.detailKey(), LocaleContextHolder.getLocale());
	}

	private String status(String code) {
		return AttendanceStatus.ofCode(code)
			.map((status) -> this.messages.getMessage("status." + status.name(), null, status.name(),
					LocaleContextHolder.getLocale()) + " (" + code + ")")
			.orElse(code);
	}

	private Object argument(String value) {
		if (ISO_DATE.matcher(value).matches()) {
			try {
				return DateTimeFormatter.ofPattern("d MMMM yyyy", LocaleContextHolder.getLocale())
					.format(LocalDate.parse(value));
			}
			catch (DateTimeParseException ex) {
				return value;
			}
		}
		for (Session session : Session.values()) {
			if (session.name().equals(value)) {
				return this.messages.getMessage("rollCall.title." + value, null, value,
						LocaleContextHolder.getLocale());
			}
		}
		return value;
	}

}
