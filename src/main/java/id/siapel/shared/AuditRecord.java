package id.siapel.shared;

/**
 * An event any module publishes, inside the transaction of the change, for the audit
 * trail to keep. The audit module adds who, when and from where.
 *
 * @param action what happened, e.g. {@code USER_CREATED}
 * @param subject what it happened to, e.g. a username, a unit code or a NIP
 * @param detail old and new values or a reason, in plain text
 */
public record AuditRecord(String action, String subject, String detail) {
}
