package id.siapel.employee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.siapel.shared.RuleViolationException.Problem;

/**
 * Checks an employee's data field by field and reports every problem at once (a form
 * shows them all; an import lists them per line). Plain Java: the caller supplies "today"
 * and decides what an unknown unit or a duplicate NIP means. Public so that code which
 * produces employees in bulk (the demo regency) can prove its data passes the same rules.
 */
public final class EmployeeValidator {

	static final int MAX_NAME = 150;

	static final int MAX_POSITION = 200;

	private EmployeeValidator() {
	}

	public static List<Problem> problems(EmployeeInput input, LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		if (input.employmentType() == null) {
			problems.add(new Problem("employmentType", "employee.type.required"));
		}
		if (input.sex() == null) {
			problems.add(new Problem("sex", "employee.sex.required"));
		}
		NipRules.violation(input.nip(), input.employmentType(), input.sex(), today)
			.ifPresent((key) -> problems.add(new Problem("nip", key)));
		if (input.name() == null || input.name().name().isBlank()) {
			problems.add(new Problem("name", "employee.name.required"));
		}
		else if (input.name().display().length() > MAX_NAME) {
			problems.add(new Problem("name", "employee.name.tooLong", MAX_NAME));
		}
		RankRules.violation(RankRules.normalize(input.rank()), input.employmentType())
			.ifPresent((key) -> problems.add(new Problem("rank", key)));
		if (input.position() == null || input.position().isBlank()) {
			problems.add(new Problem("position", "employee.position.required"));
		}
		else if (input.position().length() > MAX_POSITION) {
			problems.add(new Problem("position", "employee.position.tooLong", MAX_POSITION));
		}
		PositionKind kind = (input.positionKind() != null) ? input.positionKind() : PositionKind.EXECUTOR;
		if (kind == PositionKind.STRUCTURAL && input.echelon() == null) {
			problems.add(new Problem("echelon", "employee.echelon.required"));
		}
		if (kind != PositionKind.STRUCTURAL && input.echelon() != null) {
			problems.add(new Problem("echelon", "employee.echelon.onlyStructural"));
		}
		if (input.serviceStart() != null && input.nip() != null && input.employmentType() != null
				&& input.employmentType() != EmploymentType.NON_ASN) {
			NipRules.birthDate(input.nip())
				.filter((birth) -> input.serviceStart().isBefore(birth))
				.ifPresent((birth) -> problems.add(new Problem("serviceStart", "employee.serviceStart.beforeBirth")));
		}
		return problems;
	}

	/**
	 * The validated data, with defaults applied. Call only when {@link #problems} is
	 * empty.
	 */
	static EmployeeData data(EmployeeInput input) {
		return new EmployeeData(input.nip().strip(), input.name(), input.sex(), input.employmentType(),
				RankRules.normalize(input.rank()), input.position().strip(),
				(input.positionKind() != null) ? input.positionKind() : PositionKind.EXECUTOR, input.echelon(),
				input.serviceStart());
	}

}
