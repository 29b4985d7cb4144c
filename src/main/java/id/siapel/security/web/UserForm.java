package id.siapel.security.web;

import java.util.EnumSet;
import java.util.Set;

import id.siapel.security.Role;
import id.siapel.security.UserAccounts;
import lombok.Getter;
import lombok.Setter;

/** The administrator's user form (create and edit). */
@Getter
@Setter
class UserForm {

	private String username;

	private String fullName;

	/** Only on creation; later changes go through "reset password". */
	private String password;

	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private String unitCode;

	private boolean enabled = true;

	private long version;

	static UserForm of(UserAccounts.UserSummary user) {
		UserForm form = new UserForm();
		form.username = user.username();
		form.fullName = user.fullName();
		form.roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
		form.unitCode = user.unitCode();
		form.enabled = user.enabled();
		form.version = user.version();
		return form;
	}

	UserAccounts.UserChanges changes() {
		return new UserAccounts.UserChanges(this.fullName, this.roles, blankToNull(this.unitCode), this.enabled);
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
