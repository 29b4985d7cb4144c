package id.siapel.demo;

import java.util.List;
import java.util.Set;

import id.siapel.attendance.AttendanceLoader;
import id.siapel.shared.BeforeServing;
import id.siapel.organization.Units;
import id.siapel.security.NewUser;
import id.siapel.security.Role;
import id.siapel.security.UserAccounts;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Loads the demo when it is enabled, step by step, each step only into a database that
 * does not have it yet: the users admin, bkpsdm and sekda; then, into a database without
 * units, the regency Kabupaten Sukamaju ({@link DemoRegencyLoader}) with its letterhead
 * and calendar entries ({@link DemoOfficialData}), its roll calls from 1 January to today
 * with the standings and flags counted from them ({@link DemoHistory}) and an inspection
 * ({@link DemoInspection}). Runs after the first administrator is created, so an
 * {@code admin} made from {@code SIAPEL_ADMIN_PASSWORD} keeps that password, and before
 * the web server opens, so the first login already sees the whole year.
 */
@Slf4j
@Component
@EnableConfigurationProperties(DemoProperties.class)
@RequiredArgsConstructor
class DemoData extends BeforeServing {

	static final List<NewDemoUser> USERS = List.of(new NewDemoUser("admin", "Administrator SiApel", Role.ADMIN),
			new NewDemoUser("bkpsdm", "Rina Kartika, S.Kom. (BKPSDM)", Role.HR),
			new NewDemoUser("sekda", "Drs. H. Bambang Sutrisno, M.Si. (Sekda)", Role.SECRETARY));

	private final DemoProperties settings;

	private final UserAccounts accounts;

	private final Units units;

	private final DemoRegencyLoader regency;

	private final DemoOfficialData officialData;

	private final DemoHistory history;

	private final DemoInspection inspection;

	private final DemoReviews reviews;

	private final AttendanceLoader attendance;

	private final UserDetailsService userDetails;

	private final DemoCases demoCases;

	@Override
	protected int step() {
		return 20;
	}

	@Override
	protected void runOnce() {
		if (!this.settings.enabled()) {
			return;
		}
		if (!this.accounts.exists("bkpsdm")) {
			createUsers();
		}
		if (this.units.tree().root().isEmpty()) {
			long start = System.nanoTime();
			this.regency.load();
			long regencyLoaded = System.nanoTime();
			if (this.settings.history()) {
				long[] phases = new long[3];
				as("admin", () -> {
					this.officialData.load();
					phases[0] = System.nanoTime();
					this.history.load();
					phases[1] = System.nanoTime();
					this.inspection.load();
					phases[2] = System.nanoTime();
				});
				as("bkpsdm", this.reviews::load);
				long reviewed = System.nanoTime();
				as("bkpsdm", this.demoCases::load);
				log.info(
						"Demo regency with its history loaded in {} ms: regency {} ms, letterhead and calendar {} ms, "
								+ "roll calls with standings, flags and recaps {} ms, inspection {} ms, reviews {} ms, "
								+ "sanction cases {} ms",
						millis(start, System.nanoTime()), millis(start, regencyLoaded),
						millis(regencyLoaded, phases[0]), millis(phases[0], phases[1]), millis(phases[1], phases[2]),
						millis(phases[2], reviewed), millis(reviewed, System.nanoTime()));
			}
		}
		else if (this.settings.history() && !this.attendance.hasHistory()) {
			as("admin", this.history::load);
		}
	}

	/**
	 * The steps that go through the application's services (calendar days, the
	 * letterhead, an inspection, reviews) do what that demo user would do, as that user.
	 */
	private void as(String username, Runnable steps) {
		SecurityContext previous = SecurityContextHolder.getContext();
		UserDetails admin = this.userDetails.loadUserByUsername(username);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			steps.run();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private static long millis(long from, long to) {
		return (to - from) / 1_000_000;
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
