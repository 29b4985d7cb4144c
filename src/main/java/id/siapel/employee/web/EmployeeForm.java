package id.siapel.employee.web;

import java.time.LocalDate;

import id.siapel.employee.Echelon;
import id.siapel.employee.EmployeeInput;
import id.siapel.employee.EmployeeProfile;
import id.siapel.employee.EmploymentType;
import id.siapel.employee.PersonName;
import id.siapel.employee.PositionKind;
import id.siapel.employee.Sex;
import lombok.Getter;
import lombok.Setter;

import org.springframework.format.annotation.DateTimeFormat;

/** Create/edit form of an employee; the unit fields are used on creation only. */
@Getter
@Setter
class EmployeeForm {

	private String nip;

	private String frontTitle;

	private String name;

	private String backTitle;

	private Sex sex;

	private EmploymentType employmentType;

	private String rank;

	private String position;

	private PositionKind positionKind = PositionKind.EXECUTOR;

	private Echelon echelon;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate serviceStart;

	private String unitCode;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate unitSince;

	private long version;

	static EmployeeForm of(EmployeeProfile profile) {
		EmployeeForm form = new EmployeeForm();
		form.nip = profile.nip();
		form.frontTitle = profile.name().front();
		form.name = profile.name().name();
		form.backTitle = profile.name().back();
		form.sex = profile.sex();
		form.employmentType = profile.employmentType();
		form.rank = profile.rank();
		form.position = profile.position();
		form.positionKind = profile.positionKind();
		form.echelon = profile.echelon();
		form.serviceStart = profile.serviceStart();
		form.version = profile.version();
		return form;
	}

	EmployeeInput toInput() {
		return new EmployeeInput(this.nip, PersonName.of(this.frontTitle, this.name, this.backTitle), this.sex,
				this.employmentType, blankToNull(this.rank), this.position, this.positionKind, this.echelon,
				this.serviceStart, blankToNull(this.unitCode), this.unitSince);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
