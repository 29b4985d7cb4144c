package id.siapel.shared;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An event any module publishes, inside the transaction of the change, for the audit
 * trail to keep. The audit module adds who, when and from where. Administrators read the
 * details: they are key facts in plain text, never the {@code toString()} of a record or
 * an exception (use {@link #changes} for a changed record).
 *
 * @param action what happened, e.g. {@code USER_CREATED}; every action has a description
 * {@code audit.kind.<action>} in the message bundles
 * @param subject what it happened to, e.g. a username, a unit code or a NIP
 * @param detail old and new values or a reason, in plain text
 * @param unitCode the unit concerned, where known, for the audit trail's unit filter
 */
public record AuditRecord(String action, String subject, String detail, String unitCode) {

	public AuditRecord(String action, String subject, String detail) {
		this(action, subject, detail, null);
	}

	/**
	 * The fields that differ between two values of one record type, as
	 * {@code name: "old" → "new"} separated by semicolons; {@code ignored} names fields
	 * not worth telling (e.g. {@code version}). "no change" when nothing differs.
	 */
	public static String changes(Record before, Record after, String... ignored) {
		if (before.getClass() != after.getClass()) {
			throw new IllegalArgumentException("Records of different types");
		}
		Set<String> skip = Set.of(ignored);
		List<String> changed = new ArrayList<>();
		for (RecordComponent component : before.getClass().getRecordComponents()) {
			if (skip.contains(component.getName())) {
				continue;
			}
			Object old = value(component, before);
			Object now = value(component, after);
			if (!Objects.equals(old, now)) {
				changed.add(component.getName() + ": " + quoted(old) + " → " + quoted(now));
			}
		}
		return changed.isEmpty() ? "no change" : String.join("; ", changed);
	}

	private static Object value(RecordComponent component, Record record) {
		try {
			Method accessor = component.getAccessor();
			accessor.setAccessible(true);
			return accessor.invoke(record);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String quoted(Object value) {
		return (value == null) ? "-" : "\"" + value + "\"";
	}

}
