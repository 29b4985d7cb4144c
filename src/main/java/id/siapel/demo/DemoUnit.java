package id.siapel.demo;

import id.siapel.employee.Echelon;
import id.siapel.employee.PositionKind;
import id.siapel.organization.UnitKind;
import id.siapel.organization.Units;
import id.siapel.organization.WorkPattern;

/**
 * A unit of the demo regency with what the generator needs to staff it.
 *
 * @param code unit code
 * @param name unit name
 * @param kind unit kind
 * @param parentCode parent's code, {@code null} for the Pemda
 * @param workPattern 5- or 6-day week
 * @param weight relative number of staff (the whole regency adds up to about 1000)
 * @param head the position of its head
 * @param profile which jobs its staff hold
 */
record DemoUnit(String code, String name, UnitKind kind, String parentCode, WorkPattern workPattern, double weight,
		HeadPost head, DemoJobs.Profile profile) {

	Units.NewUnit toNewUnit() {
		return new Units.NewUnit(this.code, this.name, this.kind, this.parentCode, this.workPattern);
	}

	boolean isRoot() {
		return this.parentCode == null;
	}

	/**
	 * The head's position: structural with an echelon, or a functional position with an
	 * additional duty (a school's head is a teacher).
	 */
	record HeadPost(String position, PositionKind kind, Echelon echelon) {

		static HeadPost structural(String position, Echelon echelon) {
			return new HeadPost(position, PositionKind.STRUCTURAL, echelon);
		}

		static HeadPost functional(String position) {
			return new HeadPost(position, PositionKind.FUNCTIONAL, null);
		}

	}

}
