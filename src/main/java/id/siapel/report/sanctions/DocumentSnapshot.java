package id.siapel.report.sanctions;

import java.time.Instant;
import java.util.List;

/**
 * What a printed document contained, kept under its id so that its QR code can show it
 * again: the texts exactly as printed.
 *
 * @param kind {@code SANCTION_LIST} or {@code NO_SANCTION_STATEMENT}
 * @param title the document's title
 * @param facts labelled lines (filters, the employee, the statement)
 * @param columns the table's headings, empty when there is no table
 * @param rows the table's rows, each as many texts as there are headings
 * @param printedAt when it was printed
 * @param printedBy the user who printed it
 * @param printedByName that user's name
 * @param printedByRole the office that printed it, the role shown publicly
 * ({@code SECRETARY}, {@code HR}, {@code ADMIN}); {@code null} in documents printed
 * before issue 14
 */
record DocumentSnapshot(String kind, String title, List<Fact> facts, List<String> columns, List<List<String>> rows,
		Instant printedAt, String printedBy, String printedByName, String printedByRole) {

	/** A labelled line. */
	record Fact(String label, String value) {
	}

}
