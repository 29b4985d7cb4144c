package id.siapel.employee.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.siapel.employee.EmployeeService;
import id.siapel.employee.EmployeeStatus;
import id.siapel.shared.RuleViolationException.Problem;
import lombok.Getter;
import lombok.Setter;

import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the transfer pages. */
final class TransferForms {

	private TransferForms() {
	}

	@Getter
	@Setter
	static class Transfer {

		private String unitCode;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate effectiveDate;

		private String decreeNumber;

		private String position;

		EmployeeService.TransferCommand toCommand() {
			return new EmployeeService.TransferCommand(this.unitCode, this.effectiveDate, this.decreeNumber,
					this.position);
		}

	}

	@Getter
	@Setter
	static class Departure {

		private EmployeeStatus status;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate effectiveDate;

		private String decreeNumber;

		private String note;

		EmployeeService.StatusCommand toCommand() {
			return new EmployeeService.StatusCommand(this.status, this.effectiveDate, this.decreeNumber, this.note);
		}

	}

	/**
	 * Many employees under one decree: one line per employee, "NIP;UNIT CODE;new
	 * position" (the position is optional; a tab or comma also separates). Lines are
	 * numbered as the text area shows them, blank lines included.
	 */
	@Getter
	@Setter
	static class Mass {

		private String decreeNumber;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate effectiveDate;

		private String lines;

		EmployeeService.MassTransferCommand toCommand() {
			return new EmployeeService.MassTransferCommand(this.decreeNumber, this.effectiveDate,
					parsed().stream().map(Line::item).toList());
		}

		/**
		 * Lines that do not have the shape of a transfer (a NIP and a unit code), by
		 * their number in the text area.
		 */
		List<Problem> malformedLines() {
			List<Problem> problems = new ArrayList<>();
			String[] rows = (this.lines != null) ? this.lines.split("\\R") : new String[0];
			for (int i = 0; i < rows.length; i++) {
				Line line = parse(i + 1, rows[i]);
				if (line != null && (isBlank(line.item().nip()) || isBlank(line.item().unitCode()))) {
					problems.add(Problem.onLine(i + 1, "lines", "transfer.mass.line.malformed", rows[i].strip()));
				}
			}
			return problems;
		}

		/**
		 * The service numbers the items 1, 2, …; the page names the line of the text
		 * area.
		 */
		Problem onTextLine(Problem problem) {
			List<Line> parsed = parsed();
			if (problem.line() == null || problem.line() < 1 || problem.line() > parsed.size()) {
				return problem;
			}
			return Problem.onLine(parsed.get(problem.line() - 1).number(), problem.field(), problem.messageKey(),
					problem.arguments());
		}

		private List<Line> parsed() {
			List<Line> parsed = new ArrayList<>();
			String[] rows = (this.lines != null) ? this.lines.split("\\R") : new String[0];
			for (int i = 0; i < rows.length; i++) {
				Line line = parse(i + 1, rows[i]);
				if (line != null) {
					parsed.add(line);
				}
			}
			return parsed;
		}

		private static Line parse(int number, String line) {
			if (line.isBlank()) {
				return null;
			}
			String separator = line.contains(";") ? ";" : (line.contains("\t") ? "\t" : ",");
			String[] parts = line.split(java.util.regex.Pattern.quote(separator), 3);
			return new Line(number,
					new EmployeeService.MassTransferCommand.Item(part(parts, 0), part(parts, 1), part(parts, 2)));
		}

		private static String part(String[] parts, int index) {
			return (index < parts.length) ? parts[index].strip() : null;
		}

		private static boolean isBlank(String value) {
			return value == null || value.isBlank();
		}

		private record Line(int number, EmployeeService.MassTransferCommand.Item item) {
		}

	}

}
