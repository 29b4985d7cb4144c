package id.siapel.employee;

import java.time.LocalDate;

/**
 * The descriptive data of an employee, already parsed (validated by
 * {@link EmployeeValidator}).
 *
 * @param nip NIP, NI PPPK or registration number
 * @param name name with titles
 * @param sex sex
 * @param employmentType PNS, CPNS, PPPK…
 * @param rank golongan, or {@code null}
 * @param position position name
 * @param positionKind structural, functional or executor
 * @param echelon eselon of a structural position, or {@code null}
 * @param serviceStart TMT of service, or {@code null}
 */
public record EmployeeData(String nip, PersonName name, Sex sex, EmploymentType employmentType, String rank,
		String position, PositionKind positionKind, Echelon echelon, LocalDate serviceStart) {
}
