package id.siapel.report.sanctions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import org.springframework.web.util.HtmlUtils;

/**
 * The sanction list cut into sheets for print: each sheet one small table with its own
 * header row, the rows prepared here as markup. openhtmltopdf lays out and paginates one
 * table of a thousand rows in super-linear time (as the rekap bulanan found, see
 * {@code MonthlyRecapDocument}); page-sized tables keep it linear, and one markup text
 * per row spares Thymeleaf some 30,000 expression evaluations.
 * <p>
 * The rows are of very different heights (a name, a sanction with its legal basis and the
 * decree it replaces, wrap over up to ten lines), so a fixed number of rows per sheet
 * would either waste paper or spill over. Each row's height is estimated here from the
 * widths of the DejaVu Sans glyphs the PDF embeds, wrapping each cell's words into its
 * column as {@code documents.css} sizes it; the estimate errs on the tall side. A sheet
 * whose rows still do not fit spills onto the next page with its header repeated (the
 * table paginates), so no row is ever lost or printed without its headings.
 *
 * @param sheets the sheets, each starting on a new page
 */
record SanctionListSheets(List<Sheet> sheets) {

	/** Usable width of an A4 landscape page with 12 mm side margins, in points. */
	static final double CONTENT_WIDTH = mm(297 - 12 - 12);

	/** Usable height of an A4 landscape page with 14 mm and 16 mm margins, in points. */
	static final double CONTENT_HEIGHT = mm(210 - 14 - 16);

	/**
	 * Room taken on the first sheet above the table: letterhead with its logo, title and
	 * the three filter lines (measured about 130 pt; a tall logo or a long unit name
	 * takes more).
	 */
	static final double FIRST_SHEET_TOP = 150;

	/** Part of the page the rows may fill: the estimate is not the layout. */
	static final double FILL = 0.97;

	/**
	 * Part of a column's width the estimate fills: openhtmltopdf wraps a little earlier
	 * than the glyph widths say.
	 */
	static final double WIDTH_USED = 0.94;

	/** The columns' widths as {@code documents.css} gives them, in per cent. */
	static final double[] COLUMN_PERCENT = { 3, 12, 13, 5.5, 10, 10, 13.5, 13, 11, 9 };

	/** The name column: wraps between its words only. */
	static final int NAME = 1;

	/** The NIP column: never wraps. */
	static final int NIP = 2;

	static final double FONT_SIZE = 7.5;

	static final double LINE_HEIGHT = FONT_SIZE * 1.3;

	/** Padding (2px above and below) and the collapsed border of a cell, in points. */
	static final double CELL_EXTRA_HEIGHT = 1.5 + 1.5 + 0.6;

	/** Padding (3px each side) and the collapsed border of a cell, in points. */
	static final double CELL_EXTRA_WIDTH = 2.25 + 2.25 + 0.6;

	private static final Metrics REGULAR = Metrics.load("/fonts/DejaVuSans.ttf");

	private static final Metrics BOLD = Metrics.load("/fonts/DejaVuSans-Bold.ttf");

	/**
	 * Cuts the rows (as printed: number, name, NIP, …) into sheets.
	 * @param columns the headings
	 * @param rows the rows, as many texts as headings each
	 * @return at least one sheet (an empty list prints its "none" line on it)
	 */
	static SanctionListSheets of(List<String> columns, List<List<String>> rows) {
		double header = headerHeight(columns);
		List<Sheet> sheets = new ArrayList<>();
		StringBuilder markup = new StringBuilder();
		int count = 0;
		double room = (CONTENT_HEIGHT - FIRST_SHEET_TOP) * FILL - header;
		for (List<String> row : rows) {
			double height = rowHeight(row);
			if (height > room && count > 0) {
				sheets.add(new Sheet(sheets.isEmpty(), false, count, markup.toString()));
				markup.setLength(0);
				count = 0;
				room = CONTENT_HEIGHT * FILL - header;
			}
			appendRow(markup, row);
			count++;
			room -= height;
		}
		sheets.add(new Sheet(sheets.isEmpty(), true, count, markup.toString()));
		return new SanctionListSheets(sheets);
	}

	/** The height a row takes, in points: its tallest cell. */
	static double rowHeight(List<String> cells) {
		return height(cells, REGULAR);
	}

	/** The height of the header row (bold), in points. */
	static double headerHeight(List<String> columns) {
		return height(columns, BOLD);
	}

	private static double height(List<String> cells, Metrics font) {
		int lines = 1;
		for (int i = 0; i < cells.size() && i < COLUMN_PERCENT.length; i++) {
			if (i == NIP) {
				continue;
			}
			lines = Math.max(lines, lines(cells.get(i), columnWidth(i), font, i == NAME));
		}
		return lines * LINE_HEIGHT + CELL_EXTRA_HEIGHT;
	}

	/** The width a column's text is wrapped to, in points. */
	static double columnWidth(int column) {
		return (CONTENT_WIDTH * COLUMN_PERCENT[column] / 100 - CELL_EXTRA_WIDTH) * WIDTH_USED;
	}

	/**
	 * The lines a text takes in a column of that width, filled word by word. A word wider
	 * than the column is broken where openhtmltopdf may break it (before a slash, say),
	 * counted as lines four fifths full; a name's words are not broken (they overflow).
	 */
	static int lines(String text, double width, boolean unbreakableWords) {
		return lines(text, width, REGULAR, unbreakableWords);
	}

	private static int lines(String text, double width, Metrics font, boolean unbreakableWords) {
		if (text == null || text.isEmpty()) {
			return 1;
		}
		double space = font.width(" ");
		int lines = 1;
		double used = 0;
		for (String word : text.split(" ")) {
			if (word.isEmpty()) {
				continue;
			}
			double w = font.width(word);
			if (used > 0 && used + space + w <= width) {
				used += space + w;
				continue;
			}
			if (used > 0) {
				lines++;
			}
			if (w <= width || unbreakableWords) {
				used = w;
			}
			else {
				lines += (int) Math.ceil(w / (width * 0.8)) - 1;
				// The next word starts on a new line.
				used = width;
			}
		}
		return lines;
	}

	private static void appendRow(StringBuilder out, List<String> row) {
		out.append("<tr>");
		for (int i = 0; i < row.size(); i++) {
			String cell = escape(row.get(i));
			if (i == NAME) {
				// The name wraps between its words only: a line breaker would split a
				// title ("A.Md.") at its dots.
				out.append("<td class=\"c1\">");
				String[] words = cell.split(" ");
				boolean firstWord = true;
				for (String word : words) {
					if (word.isEmpty()) {
						continue;
					}
					if (!firstWord) {
						out.append(' ');
					}
					out.append("<span class=\"word\">").append(word).append("</span>");
					firstWord = false;
				}
				out.append("</td>");
			}
			else {
				out.append("<td class=\"c").append(i).append((i == 0) ? " num\">" : "\">").append(cell).append("</td>");
			}
		}
		out.append("</tr>\n");
	}

	private static String escape(String text) {
		return (text != null) ? HtmlUtils.htmlEscape(text, "UTF-8") : "";
	}

	private static double mm(double millimetres) {
		return millimetres / 25.4 * 72;
	}

	/**
	 * One page's part of the list.
	 *
	 * @param first whether the letterhead, title and filters are on it
	 * @param last whether the signature block follows it
	 * @param rowCount how many rows it has
	 * @param rows the rows' {@code <tr>} markup (texts escaped)
	 */
	record Sheet(boolean first, boolean last, int rowCount, String rows) {
	}

	/** Advance widths of a font's glyphs, read once. */
	static final class Metrics {

		private final TrueTypeFont font;

		private final CmapLookup cmap;

		private final double scale;

		private final double fallback;

		private Metrics(TrueTypeFont font) throws IOException {
			this.font = font;
			this.cmap = font.getUnicodeCmapLookup();
			this.scale = FONT_SIZE / font.getUnitsPerEm();
			// A letter the font lacks: as wide as an "M".
			this.fallback = font.getAdvanceWidth(this.cmap.getGlyphId('M')) * this.scale;
		}

		static Metrics load(String resource) {
			try (InputStream stream = SanctionListSheets.class.getResourceAsStream(resource)) {
				if (stream == null) {
					throw new IllegalStateException("Font " + resource + " is missing from the application");
				}
				return new Metrics(new TTFParser().parse(new RandomAccessReadBuffer(stream)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/** The width of the text at {@link #FONT_SIZE}, in points. */
		double width(String text) {
			double width = 0;
			for (int i = 0; i < text.length();) {
				int codePoint = text.codePointAt(i);
				int glyph = this.cmap.getGlyphId(codePoint);
				try {
					width += (glyph != 0) ? this.font.getAdvanceWidth(glyph) * this.scale : this.fallback;
				}
				catch (IOException ex) {
					width += this.fallback;
				}
				i += Character.charCount(codePoint);
			}
			return width;
		}

	}

}
