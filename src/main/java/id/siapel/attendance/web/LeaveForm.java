package id.siapel.attendance.web;

import java.time.LocalDate;

import id.siapel.attendance.LeaveType;
import id.siapel.attendance.RegisterLeave;
import lombok.Getter;
import lombok.Setter;

import org.springframework.format.annotation.DateTimeFormat;

/** The leave registration form. */
@Getter
@Setter
class LeaveForm {

	private String nip;

	private LeaveType type;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;

	private String reference;

	RegisterLeave toCommand() {
		return new RegisterLeave(this.nip, this.type, this.startDate, this.endDate, this.reference);
	}

}
