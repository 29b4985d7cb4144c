package id.siapel.report.recap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.siapel.attendance.AttendanceStatus;
import id.siapel.attendance.MonthGrid;
import id.siapel.organization.UnitView;

import org.springframework.web.util.HtmlUtils;

/**
 * The rekap bulanan laid out for print: employees grouped by sub-unit (in the order of
 * the unit tree), cut into pages of a fixed number of rows, each page one small table
 * with its own header row. openhtmltopdf lays out and paginates one table of thousands of
 * rows in super-linear time (about a minute for 2,000 employees); page-sized tables keep
 * it linear. The day cells of a line are prepared here as markup, one text per session,
 * so that Thymeleaf does not evaluate a handful of expressions for each of 60,000 cells.
 *
 * @param pages the pages, each starting on a new sheet
 */
record MonthlyRecapDocument(List<Page> pages) {

	/** Lines on the first page, under the letterhead and the title. */
	static final int FIRST_PAGE_LINES = 21;

	/** Lines on the other pages. */
	static final int PAGE_LINES = 27;

	/** A sub-unit heading takes about this many lines. */
	static final int HEADING_LINES = 1;

	/** A name longer than this wraps in the name column and makes its line taller. */
	static final int NAME_CHARS_ON_ONE_LINE = 34;

	/**
	 * Groups the grid's lines by sub-unit and cuts them into pages.
	 * @param grid the month grid (employees in name order)
	 * @param units the unit and every unit below it, depth first: the order of the groups
	 * @return the document
	 */
	static MonthlyRecapDocument of(MonthGrid grid, List<UnitView> units) {
		Map<String, List<MonthGrid.Row>> byUnit = new LinkedHashMap<>();
		for (UnitView unit : units) {
			byUnit.put(unit.code(), new ArrayList<>());
		}
		List<MonthGrid.Row> elsewhere = new ArrayList<>();
		for (MonthGrid.Row row : grid.rows()) {
			List<MonthGrid.Row> group = byUnit.get(row.unitCode());
			((group != null) ? group : elsewhere).add(row);
		}
		Map<String, String> names = new LinkedHashMap<>();
		units.forEach((unit) -> names.put(unit.code(), unit.name()));
		List<Page> pages = new ArrayList<>();
		List<Section> sections = new ArrayList<>();
		double room = FIRST_PAGE_LINES;
		int number = 0;
		List<Map.Entry<String, List<MonthGrid.Row>>> groups = new ArrayList<>(byUnit.entrySet());
		if (!elsewhere.isEmpty()) {
			groups.add(Map.entry(grid.unit().code(), elsewhere));
		}
		for (Map.Entry<String, List<MonthGrid.Row>> group : groups) {
			if (group.getValue().isEmpty()) {
				continue;
			}
			String name = names.getOrDefault(group.getKey(), grid.unit().name());
			List<Line> lines = new ArrayList<>();
			boolean continued = false;
			// A heading with fewer than two lines under it goes to the next page.
			if (room < HEADING_LINES + 2 && !sections.isEmpty()) {
				pages.add(new Page(pages.isEmpty(), sections));
				sections = new ArrayList<>();
				room = PAGE_LINES;
			}
			room -= HEADING_LINES;
			for (MonthGrid.Row row : group.getValue()) {
				double height = (row.name().length() > NAME_CHARS_ON_ONE_LINE) ? 1.5 : 1;
				if (height > room && !lines.isEmpty()) {
					sections.add(new Section(name, continued, lines));
					pages.add(new Page(pages.isEmpty(), sections));
					sections = new ArrayList<>();
					lines = new ArrayList<>();
					continued = true;
					room = PAGE_LINES - HEADING_LINES;
				}
				lines.add(line(++number, row, grid.days()));
				room -= height;
			}
			sections.add(new Section(name, continued, lines));
		}
		if (!sections.isEmpty() || pages.isEmpty()) {
			pages.add(new Page(pages.isEmpty(), sections));
		}
		return new MonthlyRecapDocument(pages);
	}

	private static Line line(int number, MonthGrid.Row row, List<MonthGrid.Column> days) {
		StringBuilder cells = new StringBuilder(days.size() * 24);
		for (MonthGrid.Column day : days) {
			cells.append(day.working() ? "<td>" : "<td class=\"off\">");
			MonthGrid.Cell cell = row.cells().get(day.date().getDayOfMonth());
			if (cell != null) {
				cells.append(code(cell.morning())).append("<br />").append(code(cell.evening()));
			}
			cells.append("</td>");
		}
		AttendanceStatus[] statuses = AttendanceStatus.values();
		List<Integer> totals = new ArrayList<>(statuses.length + 2);
		for (AttendanceStatus status : statuses) {
			totals.add(row.totals().getOrDefault(status, 0));
		}
		totals.add(row.unexcusedDays());
		totals.add(row.lateMinutes());
		return new Line(number, row.name(), row.nip(), cells.toString(), totals);
	}

	private static String code(AttendanceStatus status) {
		return (status != null) ? HtmlUtils.htmlEscape(status.code()) : "–";
	}

	/**
	 * One sheet.
	 *
	 * @param first whether the letterhead and the title are on it
	 * @param sections the sub-units on it
	 */
	record Page(boolean first, List<Section> sections) {
	}

	/**
	 * A sub-unit's lines on one page.
	 *
	 * @param unitName the sub-unit
	 * @param continued whether it started on an earlier page
	 * @param lines the employees
	 */
	record Section(String unitName, boolean continued, List<Line> lines) {
	}

	/**
	 * One employee.
	 *
	 * @param number running number in the document
	 * @param name name with titles
	 * @param nip NIP
	 * @param dayCells the {@code <td>} of each day, morning code over evening code
	 * (markup made of the fixed status codes only)
	 * @param totals counts per status code, then days fully TK, then minutes late or
	 * early
	 */
	record Line(int number, String name, String nip, String dayCells, List<Integer> totals) {
	}

}
