package id.siapel.shared;

import java.util.List;

/**
 * Text bound for a CSV file that the Sekda or BKPSDM will open in Excel or LibreOffice. A
 * cell starting with {@code = + - @}, a tab or a carriage return is read there as a
 * formula: a name typed as {@code =HYPERLINK("http://…","klik")} would become a live link
 * (CSV injection, OWASP). Such text gets a leading apostrophe, which the spreadsheet
 * shows as text and hides. Numbers are left alone, so a count stays a number. XLSX files
 * need no such care: their cells are typed.
 */
public final class SpreadsheetCells {

	private SpreadsheetCells() {
	}

	public static Object neutralised(Object cell) {
		if (cell instanceof CharSequence text && startsLikeAFormula(text)) {
			return "'" + text;
		}
		return cell;
	}

	public static List<Object> neutralised(List<?> cells) {
		return cells.stream().map(SpreadsheetCells::neutralised).toList();
	}

	private static boolean startsLikeAFormula(CharSequence text) {
		if (text.isEmpty()) {
			return false;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

}
