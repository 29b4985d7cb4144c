package id.siapel.security.web;

import java.net.URI;
import java.util.List;
import java.util.Set;

import id.siapel.security.CurrentUser;
import id.siapel.security.Role;
import id.siapel.security.NewUser;
import id.siapel.security.SiapelUser;
import id.siapel.security.UnitLookup;
import id.siapel.security.UserAccounts;
import lombok.RequiredArgsConstructor;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/users} (api.md, Users). */
@RestController
@RequestMapping("/api/v1/users")
@RequiredArgsConstructor
class UserApiController {

	private final CurrentUser currentUser;

	private final UnitLookup units;

	private final UserAccounts accounts;

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<UserAccounts.UserSummary> create(@RequestBody NewUserRequest request) {
		this.accounts.createByAdministrator(new NewUser(request.username(), request.password(), request.fullName(),
				(request.roles() != null) ? Set.copyOf(request.roles()) : Set.of(), request.unitCode()));
		UserAccounts.UserSummary created = this.accounts.get(request.username());
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.username())).body(created);
	}

	@GetMapping("/{username}")
	@PreAuthorize("hasRole('ADMIN')")
	UserAccounts.UserSummary get(@PathVariable String username) {
		return this.accounts.get(username);
	}

	@GetMapping("/me")
	Me me() {
		SiapelUser user = this.currentUser.require();
		String unitCode = (user.unitId() != null) ? this.units.codeOf(user.unitId()).orElse(null) : null;
		return new Me(user.getUsername(), user.fullName(), user.roles().stream().sorted().toList(), unitCode,
				user.passwordChangeRequired());
	}

	record NewUserRequest(String username, String password, String fullName, List<Role> roles, String unitCode) {
	}

	/**
	 * @param unitCode the unit a {@code UNIT_HEAD} is scoped to; {@code null} for users
	 * with no unit
	 * @param passwordChangeRequired the password was set by an administrator: every other
	 * API call is refused (403, code {@code PASSWORD_CHANGE_REQUIRED}) until the user has
	 * chosen their own at {@code /account/password}
	 */
	record Me(String username, String fullName, List<Role> roles, String unitCode, boolean passwordChangeRequired) {
	}

}
