package id.siapel.organization.web;

import id.siapel.organization.UnitKind;
import id.siapel.organization.UnitView;
import id.siapel.organization.Units;
import id.siapel.organization.WorkPattern;
import lombok.Getter;
import lombok.Setter;

/** Create/edit form of a unit. */
@Getter
@Setter
class UnitForm {

	private String code;

	private String name;

	private UnitKind kind;

	private String parentCode;

	private WorkPattern workPattern = WorkPattern.FIVE_DAY;

	private long version;

	static UnitForm of(UnitView unit, String parentCode) {
		UnitForm form = new UnitForm();
		form.code = unit.code();
		form.name = unit.name();
		form.kind = unit.kind();
		form.parentCode = parentCode;
		form.workPattern = unit.workPattern();
		form.version = unit.version();
		return form;
	}

	Units.NewUnit toNewUnit() {
		return new Units.NewUnit(this.code, this.name, this.kind, this.parentCode, this.workPattern);
	}

	Units.UnitChanges toChanges() {
		return new Units.UnitChanges(this.name, this.kind, this.parentCode, this.workPattern);
	}

}
