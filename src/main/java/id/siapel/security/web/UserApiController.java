package id.siapel.security.web;

import java.util.List;

import id.siapel.security.CurrentUser;
import id.siapel.security.Role;
import id.siapel.security.SiapelUser;
import lombok.RequiredArgsConstructor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/users} (api.md, Users). */
@RestController
@RequestMapping("/api/v1/users")
@RequiredArgsConstructor
class UserApiController {

	private final CurrentUser currentUser;

	@GetMapping("/me")
	Me me() {
		SiapelUser user = this.currentUser.require();
		return new Me(user.getUsername(), user.fullName(), user.roles().stream().sorted().toList(), null);
	}

	/**
	 * @param unitCode the unit a {@code UNIT_HEAD} is scoped to; {@code null} for users
	 * with no unit
	 */
	record Me(String username, String fullName, List<Role> roles, String unitCode) {
	}

}
