package id.siapel.organization;

import java.util.Set;

import id.siapel.security.CurrentUser;
import id.siapel.security.Role;
import id.siapel.security.SiapelUser;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unit scope of the acting user (product.md §1): HR, SECRETARY and ADMIN see every
 * unit; a UNIT_HEAD sees their unit and everything below it, and nothing else.
 */
@Component
@RequiredArgsConstructor
public class UnitScopes {

	private final CurrentUser currentUser;

	private final UnitRepository units;

	@Transactional(readOnly = true)
	public UnitScope current() {
		SiapelUser user = this.currentUser.require();
		if (user.hasAnyRole(Role.HR, Role.SECRETARY, Role.ADMIN)) {
			return UnitScope.everything();
		}
		return current(new UnitTree(this.units.findAll().stream().map(Unit::view).toList()));
	}

	UnitScope current(UnitTree tree) {
		SiapelUser user = this.currentUser.require();
		if (user.hasAnyRole(Role.HR, Role.SECRETARY, Role.ADMIN)) {
			return UnitScope.everything();
		}
		if (user.hasRole(Role.UNIT_HEAD) && user.unitId() != null && tree.byId(user.unitId()).isPresent()) {
			return new UnitScope(false, tree.subtreeIds(user.unitId()), Set.of(user.unitId()));
		}
		return UnitScope.nothing();
	}

}
