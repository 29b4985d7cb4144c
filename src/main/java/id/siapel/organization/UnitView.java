package id.siapel.organization;

/**
 * A unit as other modules and templates see it.
 *
 * @param id database id
 * @param code unique code, upper case (e.g. {@code DINKES})
 * @param name full name
 * @param kind kind
 * @param parentId parent unit, {@code null} for the Pemda
 * @param workPattern 5- or 6-day week
 * @param headEmployeeId the head (an employee of the unit), or {@code null}
 * @param version optimistic-lock version
 */
public record UnitView(long id, String code, String name, UnitKind kind, Long parentId, WorkPattern workPattern,
		Long headEmployeeId, long version) {

	public boolean isRoot() {
		return this.parentId == null;
	}

}
