package id.siapel.employee;

import java.time.Instant;
import java.time.LocalDate;

import id.siapel.shared.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.Getter;

/**
 * A member of staff. Which unit they belong to is dated history: see {@link Assignment}.
 */
@Entity
@Table(name = "employee")
@Getter
class Employee extends BaseEntity {

	private String nip;

	private String frontTitle;

	private String name;

	private String backTitle;

	@Enumerated(EnumType.STRING)
	private Sex sex;

	@Enumerated(EnumType.STRING)
	private EmploymentType employmentType;

	private String rank;

	private String positionName;

	@Enumerated(EnumType.STRING)
	private PositionKind positionKind;

	@Enumerated(EnumType.STRING)
	private Echelon echelon;

	private LocalDate serviceStart;

	@Enumerated(EnumType.STRING)
	private EmployeeStatus status;

	private LocalDate statusSince;

	private Instant createdAt;

	private Instant updatedAt;

	protected Employee() {
	}

	static Employee create(EmployeeData data, Instant now) {
		Employee employee = new Employee();
		employee.nip = data.nip();
		employee.status = EmployeeStatus.ACTIVE;
		employee.createdAt = now;
		employee.apply(data, now);
		return employee;
	}

	/** Everything but the NIP and the unit, which have rules of their own. */
	void apply(EmployeeData data, Instant now) {
		this.frontTitle = data.name().front();
		this.name = data.name().name();
		this.backTitle = data.name().back();
		this.sex = data.sex();
		this.employmentType = data.employmentType();
		this.rank = data.rank();
		this.positionName = data.position();
		this.positionKind = data.positionKind();
		this.echelon = data.echelon();
		this.serviceStart = data.serviceStart();
		this.updatedAt = now;
	}

	void moveToPosition(String position, Instant now) {
		this.positionName = position;
		this.updatedAt = now;
	}

	void leave(EmployeeStatus status, LocalDate since, Instant now) {
		this.status = status;
		this.statusSince = since;
		this.updatedAt = now;
	}

	PersonName personName() {
		return new PersonName(this.frontTitle, this.name, this.backTitle);
	}

	/** The status on a day: a departure dated later has not happened yet. */
	EmployeeStatus statusOn(LocalDate day) {
		return (this.status != EmployeeStatus.ACTIVE && this.statusSince != null && this.statusSince.isAfter(day))
				? EmployeeStatus.ACTIVE : this.status;
	}

}
