/**
 * The append-only audit trail: logins and failed logins, and every change other modules
 * announce with an {@link id.siapel.shared.AuditRecord} inside their transaction. Adds
 * who, when and from which address; administrators read it page by page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package id.siapel.audit;
