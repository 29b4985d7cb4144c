package id.siapel.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks after repeated wrong passwords, kept per user name <em>and</em> client address
 * (issue 14; product.md §4: lockout after repeated failed logins). Wrong guesses at
 * {@code admin} from an outsider's address lock that address out for {@code admin}, never
 * the administrator logging in from the office. Each lock in a row from one address lasts
 * twice as long as the one before, up to {@code siapel.security.max-lockout}; once a lock
 * has expired its count starts again from zero, so one more wrong guess does not relock.
 * A successful login from the address clears its record; an administrator's password
 * reset and one's own password change clear every address.
 * <p>
 * A guesser with many addresses still meets the per-address throttle
 * ({@link LoginThrottle}) and, for administrators and BKPSDM, the second factor.
 */
@Component
@RequiredArgsConstructor
class LoginLocks {

	/**
	 * Records of addresses that have not failed for this long (and are not locked) go.
	 */
	static final Duration FORGOTTEN_AFTER = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final SecurityProperties settings;

	private final Clock clock;

	/** Whether the user is locked for logins from this address. */
	@Transactional(readOnly = true)
	public boolean isLocked(String username, String clientAddress) {
		return this.jdbc
			.sql("select count(*) from login_lock where username = :username and client_address = :client "
					+ "and locked_until > :now")
			.param("username", AppUser.normalize(username))
			.param("client", ClientAddresses.key(clientAddress))
			.param("now", Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single() > 0;
	}

	/** Whether the user is locked from at least one address (the user list's badge). */
	@Transactional(readOnly = true)
	public boolean isLockedAnywhere(String username) {
		return this.jdbc.sql("select count(*) from login_lock where username = :username and locked_until > :now")
			.param("username", AppUser.normalize(username))
			.param("now", Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single() > 0;
	}

	/** The users locked from at least one address right now. */
	@Transactional(readOnly = true)
	public Set<String> lockedUsernames() {
		return Set.copyOf(this.jdbc.sql("select distinct username from login_lock where locked_until > :now")
			.param("now", Timestamp.from(this.clock.instant()))
			.query(String.class)
			.list());
	}

	/**
	 * Counts a wrong password (or code) for an existing user from this address.
	 * @return the end of the lock this failure started, if it started one
	 */
	@Transactional
	public Optional<Instant> recordFailure(String username, String clientAddress) {
		String user = AppUser.normalize(username);
		String client = ClientAddresses.key(clientAddress);
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				delete from login_lock where username = :username and last_failure_at < :forgotten
				and (locked_until is null or locked_until < :now)""")
			.param("username", user)
			.param("forgotten", Timestamp.from(now.minus(FORGOTTEN_AFTER)))
			.param("now", Timestamp.from(now))
			.update();
		this.jdbc.sql("""
				insert into login_lock (username, client_address, last_failure_at)
				select :username, :client, :now where exists (select 1 from app_user where username = :username)
				on conflict do nothing""")
			.param("username", user)
			.param("client", client)
			.param("now", Timestamp.from(now))
			.update();
		Optional<FailedLogins> current = this.jdbc.sql("""
				select failed_count, locked_until, lock_count from login_lock
				where username = :username and client_address = :client for update""")
			.param("username", user)
			.param("client", client)
			.query((rs, row) -> new FailedLogins(rs.getInt(1),
					(rs.getTimestamp(2) != null) ? rs.getTimestamp(2).toInstant() : null, rs.getInt(3)))
			.optional();
		if (current.isEmpty()) {
			return Optional.empty(); // no such user: nothing to lock
		}
		FailedLogins after = current.get()
			.afterFailure(now, this.settings.maxFailedLogins(), this.settings.lockout(), this.settings.maxLockout());
		this.jdbc.sql("""
				update login_lock set failed_count = :failed, locked_until = :lockedUntil, lock_count = :locks,
				last_failure_at = :now where username = :username and client_address = :client""")
			.param("failed", after.failedCount())
			.param("lockedUntil", (after.lockedUntil() != null) ? Timestamp.from(after.lockedUntil()) : null)
			.param("locks", after.lockCount())
			.param("now", Timestamp.from(now))
			.param("username", user)
			.param("client", client)
			.update();
		boolean locked = after.lockCount() > current.get().lockCount();
		return locked ? Optional.of(after.lockedUntil()) : Optional.empty();
	}

	/** A successful login from this address: its failures and locks are forgotten. */
	@Transactional
	public void clear(String username, String clientAddress) {
		this.jdbc.sql("delete from login_lock where username = :username and client_address = :client")
			.param("username", AppUser.normalize(username))
			.param("client", ClientAddresses.key(clientAddress))
			.update();
	}

	/** A new password: every address starts again. */
	@Transactional
	public void clearAll(String username) {
		this.jdbc.sql("delete from login_lock where username = :username")
			.param("username", AppUser.normalize(username))
			.update();
	}

	/**
	 * The failures of one user from one address.
	 *
	 * @param failedCount wrong passwords since the last lock ended (or the last success)
	 * @param lockedUntil the end of the current or last lock, or null
	 * @param lockCount locks in a row since the last success: each doubles the next
	 */
	record FailedLogins(int failedCount, Instant lockedUntil, int lockCount) {

		boolean isLockedAt(Instant now) {
			return this.lockedUntil != null && this.lockedUntil.isAfter(now);
		}

		/**
		 * After one more wrong password at {@code now}. A lock that has expired is
		 * forgotten first, so it again takes {@code maxFailures} wrong passwords to lock;
		 * each lock in a row lasts twice as long as the one before ({@code lockout}, then
		 * 2x, 4x…), at most {@code maxLockout}. A wrong password while locked does not
		 * count.
		 */
		FailedLogins afterFailure(Instant now, int maxFailures, Duration lockout, Duration maxLockout) {
			if (isLockedAt(now)) {
				return this;
			}
			int failed = ((this.lockedUntil != null) ? 0 : this.failedCount) + 1;
			if (failed < maxFailures) {
				return new FailedLogins(failed, null, this.lockCount);
			}
			Duration duration = lockout.multipliedBy(1L << Math.min(this.lockCount, 20));
			return new FailedLogins(failed, now.plus((duration.compareTo(maxLockout) > 0) ? maxLockout : duration),
					this.lockCount + 1);
		}

	}

}
