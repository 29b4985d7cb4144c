package id.siapel.employee.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.siapel.employee.EmployeeService;
import id.siapel.employee.EmployeeStatus;
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
	 * position" (the position is optional; a tab or comma also separates).
	 */
	@Getter
	@Setter
	static class Mass {

		private String decreeNumber;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate effectiveDate;

		private String lines;

		EmployeeService.MassTransferCommand toCommand() {
			List<EmployeeService.MassTransferCommand.Item> items = new ArrayList<>();
			if (this.lines != null) {
				for (String line : this.lines.split("\\R")) {
					if (line.isBlank()) {
						continue;
					}
					String separator = line.contains(";") ? ";" : (line.contains("\t") ? "\t" : ",");
					String[] parts = line.split(java.util.regex.Pattern.quote(separator), 3);
					items.add(new EmployeeService.MassTransferCommand.Item(part(parts, 0), part(parts, 1),
							part(parts, 2)));
				}
			}
			return new EmployeeService.MassTransferCommand(this.decreeNumber, this.effectiveDate, items);
		}

		private static String part(String[] parts, int index) {
			return (index < parts.length) ? parts[index].strip() : null;
		}

	}

}
