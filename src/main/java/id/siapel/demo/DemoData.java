package id.siapel.demo;

import java.util.List;
import java.util.Set;

import id.siapel.organization.Units;
import id.siapel.security.NewUser;
import id.siapel.security.Role;
import id.siapel.security.UserAccounts;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo when it is enabled, step by step, each step only into a database that
 * does not have it yet: the users admin, bkpsdm and sekda; then, into a database without
 * units, the regency Kabupaten Sukamaju ({@link DemoRegencyLoader}). Runs after the first
 * administrator is created, so an {@code admin} made from {@code SIAPEL_ADMIN_PASSWORD}
 * keeps that password. Later issues add their steps (roll-call history, calendar, cases)
 * after the regency.
 */
@Slf4j
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@EnableConfigurationProperties(DemoProperties.class)
@RequiredArgsConstructor
class DemoData implements ApplicationRunner {

	static final List<NewDemoUser> USERS = List.of(new NewDemoUser("admin", "Administrator SiApel", Role.ADMIN),
			new NewDemoUser("bkpsdm", "Rina Kartika, S.Kom. (BKPSDM)", Role.HR),
			new NewDemoUser("sekda", "Drs. H. Bambang Sutrisno, M.Si. (Sekda)", Role.SECRETARY));

	private final DemoProperties settings;

	private final UserAccounts accounts;

	private final Units units;

	private final DemoRegencyLoader regency;

	@Override
	public void run(ApplicationArguments args) {
		if (!this.settings.enabled()) {
			return;
		}
		if (!this.accounts.exists("bkpsdm")) {
			createUsers();
		}
		if (this.units.tree().root().isEmpty()) {
			this.regency.load();
		}
	}

	private void createUsers() {
		this.accounts.createAllSharingPassword(USERS.stream()
			.filter((user) -> !this.accounts.exists(user.username()))
			.map((user) -> new NewUser(user.username(), this.settings.password(), user.fullName(), Set.of(user.role())))
			.toList());
		log.info("Demo data loaded: users {} with the demo password (see README)",
				USERS.stream().map(NewDemoUser::username).toList());
	}

	record NewDemoUser(String username, String fullName, Role role) {
	}

}
