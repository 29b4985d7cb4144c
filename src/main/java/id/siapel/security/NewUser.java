package id.siapel.security;

import java.util.Set;

/**
 * What it takes to create a user.
 *
 * @param username login name, 3 to 50 characters of {@code a-z 0-9 . _ -}
 * @param password plain password, checked against the password policy and stored hashed
 * @param fullName name shown in the application
 * @param roles at least one role
 * @param unitCode the unit of a {@code UNIT_HEAD} (required for that role), else
 * {@code null}
 */
public record NewUser(String username, String password, String fullName, Set<Role> roles, String unitCode) {

	public NewUser(String username, String password, String fullName, Set<Role> roles) {
		this(username, password, fullName, roles, null);
	}

}
