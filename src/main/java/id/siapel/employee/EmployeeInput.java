package id.siapel.employee;

import java.time.LocalDate;

/**
 * An employee as a form, the API or an import line gives it, before validation.
 *
 * @param nip identity number
 * @param name name with titles
 * @param sex sex
 * @param employmentType type
 * @param rank golongan, optional
 * @param position position name
 * @param positionKind kind of position, {@code null} means executor
 * @param echelon eselon, only for structural positions
 * @param serviceStart TMT, optional
 * @param unitCode the unit (on creation only)
 * @param unitSince since when the employee belongs to it (creation only; defaults to
 * serviceStart)
 */
public record EmployeeInput(String nip, PersonName name, Sex sex, EmploymentType employmentType, String rank,
		String position, PositionKind positionKind, Echelon echelon, LocalDate serviceStart, String unitCode,
		LocalDate unitSince) {

	/** The same input with the NIP written without spaces. */
	public EmployeeInput normalized() {
		return new EmployeeInput(NipRules.normalize(this.nip), this.name, this.sex, this.employmentType, this.rank,
				this.position, this.positionKind, this.echelon, this.serviceStart, this.unitCode, this.unitSince);
	}

}
