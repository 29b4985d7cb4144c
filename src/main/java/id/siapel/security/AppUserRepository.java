package id.siapel.security;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
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
	 * The user, row-locked until the transaction ends: checks a second-factor code in
	 * turn.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from AppUser u where u.username = :normalizedUsername")
	Optional<AppUser> findForUpdate(String normalizedUsername);

}
