package id.siapel.organization;

import java.time.Instant;

import id.siapel.shared.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.Getter;

/**
 * A node of the unit tree. The parent is kept as an id: the tree is read whole
 * (UnitTree).
 */
@Entity
@Table(name = "unit")
@Getter
class Unit extends BaseEntity {

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private UnitKind kind;

	private Long parentId;

	@Enumerated(EnumType.STRING)
	private WorkPattern workPattern;

	private Long headEmployeeId;

	private Instant createdAt;

	private Instant updatedAt;

	protected Unit() {
	}

	static Unit create(String code, String name, UnitKind kind, Long parentId, WorkPattern workPattern, Instant now) {
		Unit unit = new Unit();
		unit.code = code;
		unit.name = name;
		unit.kind = kind;
		unit.parentId = parentId;
		unit.workPattern = workPattern;
		unit.createdAt = now;
		unit.updatedAt = now;
		return unit;
	}

	void change(String name, UnitKind kind, Long parentId, WorkPattern workPattern, Instant now) {
		this.name = name;
		this.kind = kind;
		this.parentId = parentId;
		this.workPattern = workPattern;
		this.updatedAt = now;
	}

	void assignHead(Long employeeId, Instant now) {
		this.headEmployeeId = employeeId;
		this.updatedAt = now;
	}

	UnitView view() {
		return new UnitView(getId(), this.code, this.name, this.kind, this.parentId, this.workPattern,
				this.headEmployeeId, getVersion());
	}

}
