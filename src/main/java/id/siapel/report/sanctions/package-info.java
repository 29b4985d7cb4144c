/**
 * Printed documents of the discipline procedure: the Sekda's sanction list (daftar
 * hukuman disiplin) and the statement that an employee has no sanction on record, both as
 * PDF on A4 with the letterhead, the Sekda's signature block and a QR code; a snapshot of
 * every printed document, and the public page that verifies one from its code.
 */
package id.siapel.report.sanctions;
