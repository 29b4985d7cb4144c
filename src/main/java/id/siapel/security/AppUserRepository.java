package id.siapel.security;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

	@EntityGraph(attributePaths = "roles")
	Optional<AppUser> findByUsername(String normalizedUsername);

	boolean existsByUsername(String normalizedUsername);

	@Query("select u.passwordChangeRequired from AppUser u where u.username = :normalizedUsername")
	Optional<Boolean> findPasswordChangeRequired(String normalizedUsername);

	@Query("select count(u) from AppUser u join u.roles r where r = :role and u.enabled = true")
	long countEnabledWithRole(Role role);

	/**
	 * Counts a failed login and locks the account once the count reaches
	 * {@code maxFailures}, in one statement so that parallel attempts cannot lose a
	 * count.
	 */
	@Modifying
	@Query("""
			update AppUser u set u.failedLoginCount = u.failedLoginCount + 1,
			       u.lockedUntil = case when u.failedLoginCount + 1 >= :maxFailures then :lockedUntil else u.lockedUntil end
			where u.username = :username""")
	int recordFailedLogin(String username, int maxFailures, Instant lockedUntil);

	@Modifying
	@Query("""
			update AppUser u set u.failedLoginCount = 0, u.lockedUntil = null
			where u.username = :username and (u.failedLoginCount > 0 or u.lockedUntil is not null)""")
	int clearFailedLogins(String username);

}
