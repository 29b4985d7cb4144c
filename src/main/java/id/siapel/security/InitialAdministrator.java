package id.siapel.security;

import java.util.Set;

import id.siapel.shared.BeforeServing;
import id.siapel.shared.RuleViolationException;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Makes sure a fresh installation can be logged into. When the database has no user at
 * all: with {@code SIAPEL_ADMIN_PASSWORD} set, the user {@code admin} (role ADMIN) is
 * created with it; with the demo enabled, the demo creates its users; otherwise the
 * {@code prod} profile refuses to start (there is no default password in production) and
 * development only warns.
 */
@Slf4j
@Component
@RequiredArgsConstructor
class InitialAdministrator extends BeforeServing {

	/** Before the demo ({@code DemoData}), so that its admin keeps this password. */
	static final int STEP = 10;

	static final String USERNAME = "admin";

	private final UserAccounts accounts;

	private final AdminProperties admin;

	private final Environment environment;

	@Override
	protected int step() {
		return STEP;
	}

	@Override
	protected void runOnce() {
		if (this.accounts.anyUserExists()) {
			return;
		}
		if (this.admin.hasPassword()) {
			try {
				this.accounts
					.create(new NewUser(USERNAME, this.admin.password(), "Administrator SiApel", Set.of(Role.ADMIN)));
			}
			catch (RuleViolationException ex) {
				throw new NoUserException("SIAPEL_ADMIN_PASSWORD does not meet the password policy (" + ex.messageKey()
						+ "): it needs at least 10 characters and at most 72 bytes.");
			}
			log.info("Created the first user '{}' (role ADMIN) with the password from SIAPEL_ADMIN_PASSWORD", USERNAME);
			if (this.accounts.isGuessable(this.admin.password(), USERNAME, "Administrator SiApel")) {
				log.warn("SIAPEL_ADMIN_PASSWORD is a common or easily guessed password: log in as '{}' and "
						+ "change it at once (SiApel would refuse it as a new password).", USERNAME);
			}
			return;
		}
		if (this.environment.getProperty("siapel.demo.enabled", Boolean.class, false)) {
			return;
		}
		if (this.environment.acceptsProfiles(Profiles.of("prod"))) {
			throw new NoUserException("The database has no user and SIAPEL_ADMIN_PASSWORD is not set.");
		}
		log.warn("The database has no user and SIAPEL_ADMIN_PASSWORD is not set: nobody can log in. "
				+ "Restart with SIAPEL_ADMIN_PASSWORD=<at least 10 characters> to create the user 'admin'.");
	}

	/** Raised in production when nobody could ever log in. */
	static class NoUserException extends IllegalStateException {

		NoUserException(String message) {
			super(message);
		}

	}

}
