package id.siapel.organization;

import java.util.Set;

import org.springframework.security.access.AccessDeniedException;

/**
 * The units the acting user may see and act on: all of them (HR, SECRETARY, ADMIN), or
 * one unit and everything below it (UNIT_HEAD), or none.
 *
 * @param all whether the scope is unlimited
 * @param unitIds the units in scope when it is limited
 * @param rootIds the top units of a limited scope (the UNIT_HEAD's unit)
 */
public record UnitScope(boolean all, Set<Long> unitIds, Set<Long> rootIds) {

	public static UnitScope everything() {
		return new UnitScope(true, Set.of(), Set.of());
	}

	public static UnitScope nothing() {
		return new UnitScope(false, Set.of(), Set.of());
	}

	public boolean includes(long unitId) {
		return this.all || this.unitIds.contains(unitId);
	}

	/** Refuses (HTTP 403) a unit outside the scope. */
	public void require(long unitId) {
		if (!includes(unitId)) {
			throw new AccessDeniedException("Unit " + unitId + " is outside the user's scope");
		}
	}

}
