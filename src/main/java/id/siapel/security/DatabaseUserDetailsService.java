package id.siapel.security;

import lombok.RequiredArgsConstructor;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads users and their roles from the database for form login and HTTP Basic alike; an
 * account is locked for the address the login comes from ({@link LoginLocks}).
 */
@Service
@RequiredArgsConstructor
class DatabaseUserDetailsService implements UserDetailsService {

	private final AppUserRepository users;

	private final LoginLocks locks;

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		AppUser user = this.users.findByUsername(AppUser.normalize(username))
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
		return new SiapelUser(user.getId(), user.getUsername(), user.getPasswordHash(), user.getFullName(),
				user.roles(), user.getUnitId(), user.isEnabled(),
				!this.locks.isLocked(user.getUsername(), ClientAddresses.current()), user.isPasswordChangeRequired(),
				user.isTotpEnabled());
	}

}
