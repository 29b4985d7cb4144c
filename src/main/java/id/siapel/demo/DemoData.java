package id.siapel.demo;

import java.util.List;
import java.util.Set;

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
 * Loads the demo when it is enabled and the database holds no demo yet. Runs after the
 * first administrator is created, so an {@code admin} made from
 * {@code SIAPEL_ADMIN_PASSWORD} keeps that password.
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

	@Override
	public void run(ApplicationArguments args) {
		if (!this.settings.enabled() || this.accounts.exists("bkpsdm")) {
			return;
		}
		for (NewDemoUser user : USERS) {
			if (!this.accounts.exists(user.username())) {
				this.accounts.create(
						new NewUser(user.username(), this.settings.password(), user.fullName(), Set.of(user.role())));
			}
		}
		log.info("Demo data loaded: users {} with the demo password (see README)",
				USERS.stream().map(NewDemoUser::username).toList());
	}

	record NewDemoUser(String username, String fullName, Role role) {
	}

}
