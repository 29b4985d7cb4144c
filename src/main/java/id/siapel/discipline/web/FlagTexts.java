package id.siapel.discipline.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import id.siapel.attendance.Session;
import id.siapel.discipline.FlagView;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A flag's reason in the reader's language: the stored message key and arguments, with
 * ISO dates written out ("8 April 2025") and sessions named.
 */
@Component("flagTexts")
@RequiredArgsConstructor
public class FlagTexts {

	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private final MessageSource messages;

	public String detail(FlagView flag) {
		Object[] args = flag.detailArgs().stream().map(this::argument).toArray();
		return this.messages.getMessage(flag.detailKey(), args, flag.detailKey(), LocaleContextHolder.getLocale());
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
