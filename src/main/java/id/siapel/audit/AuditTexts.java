package id.siapel.audit;

import java.util.Locale;
import java.util.regex.Pattern;

import id.siapel.audit.AuditLog.AuditLine;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * An audit line as people read it: a description of what happened from the message bundle
 * ({@code audit.kind.<kind>}, with the object as {@code {0}}) and the stored detail,
 * unless it is a program's dump (a record's or an exception's {@code toString()}, as
 * lines written before issue 13 may hold), which is never shown.
 */
@Component
@RequiredArgsConstructor
class AuditTexts {

	/**
	 * {@code PemdaProfileView[regionName=…]}, {@code Fact[label=…]}, a Java class name
	 * ending in Exception or Error, or a package-qualified name.
	 */
	private static final Pattern DUMP = Pattern.compile(
			"[A-Z][A-Za-z0-9_$]*\\[[a-z][A-Za-z0-9_]*=|\\b[A-Z][A-Za-z0-9_$]*(Exception|Error)\\b|\\b(java|jakarta|org|id)\\.[a-z]+\\.");

	private final MessageSource messages;

	String describe(AuditLine line, Locale locale) {
		String object = (line.subject() != null) ? line.subject() : "";
		if ("LOGIN_FAILED".equals(line.action())) {
			String reason = this.messages
				.getMessage("audit.loginFailure." + LoginFailure.ofStored(line.detail()).name(), null, locale);
			return this.messages.getMessage("audit.kind.LOGIN_FAILED", new Object[] { object, reason }, locale);
		}
		try {
			return this.messages.getMessage("audit.kind." + line.action(), new Object[] { object }, locale);
		}
		catch (NoSuchMessageException ex) {
			return this.messages.getMessage("audit.kind.other", new Object[] { object }, locale);
		}
	}

	/** The kind in the filter: its description with "…" for the object. */
	String kindName(String kind, Locale locale) {
		return this.messages.getMessage("audit.kind." + kind, new Object[] { "…", "…" }, kind, locale);
	}

	/**
	 * The stored detail when it is readable; {@code null} for none, for a dump, and for a
	 * failed login (its reason is in the description).
	 */
	String detail(AuditLine line) {
		String detail = line.detail();
		if (detail == null || detail.isBlank() || "LOGIN_FAILED".equals(line.action()) || isDump(detail)) {
			return null;
		}
		return detail;
	}

	static boolean isDump(String detail) {
		return detail != null && DUMP.matcher(detail).find();
	}

}
