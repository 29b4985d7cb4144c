package id.siapel.attendance.web;

import java.time.LocalDate;

import id.siapel.attendance.PolicyInput;
import id.siapel.attendance.PolicyVersion;
import lombok.Getter;
import lombok.Setter;

import org.springframework.format.annotation.DateTimeFormat;

/** The roll-call policy form. */
@Getter
@Setter
class PolicyForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate effectiveFrom;

	private Integer editWindowWorkingDays;

	private Integer sessionOpensMinutes;

	private Integer headLeaveMaxDays;

	private String note;

	private boolean confirmPast;

	private long version;

	static PolicyForm of(PolicyVersion policy) {
		PolicyForm form = new PolicyForm();
		form.effectiveFrom = policy.effectiveFrom();
		form.editWindowWorkingDays = policy.editWindowWorkingDays();
		form.sessionOpensMinutes = policy.sessionOpensMinutes();
		form.headLeaveMaxDays = policy.headLeaveMaxDays();
		form.note = policy.systemDefault() ? null : policy.note();
		form.version = policy.version();
		return form;
	}

	PolicyInput toInput() {
		return new PolicyInput(this.effectiveFrom, this.editWindowWorkingDays, this.sessionOpensMinutes,
				this.headLeaveMaxDays, this.note, this.confirmPast);
	}

}
