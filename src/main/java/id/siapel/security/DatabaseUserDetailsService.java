package id.siapel.security;

import java.time.Clock;

import lombok.RequiredArgsConstructor;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads users and their roles from the database for form login and HTTP Basic alike. */
@Service
@RequiredArgsConstructor
class DatabaseUserDetailsService implements UserDetailsService {

	private final AppUserRepository users;

	private final Clock clock;

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		AppUser user = this.users.findByUsername(AppUser.normalize(username))
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
		return new SiapelUser(user.getId(), user.getUsername(), user.getPasswordHash(), user.getFullName(),
				user.roles(), user.getUnitId(), user.isEnabled(), !user.isLockedAt(this.clock.instant()),
				user.isPasswordChangeRequired(), user.isTotpEnabled());
	}

}
