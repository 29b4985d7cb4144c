package id.siapel.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import id.siapel.employee.EmployeeInput;
import id.siapel.employee.EmployeeLoader;
import id.siapel.organization.UnitLoader;
import id.siapel.security.NewUser;
import id.siapel.security.Role;
import id.siapel.security.UserAccounts;
import id.siapel.shared.LongerStatements;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the generated Kabupaten Sukamaju in one transaction: the unit tree, the
 * employees with their assignments, the heads, and a {@code UNIT_HEAD} user per OPD
 * ({@code kepala-<code>}). Everything goes through the bulk loaders of the owning
 * modules, which apply the same rules as the forms but write set-based, so that 15,000
 * employees load in seconds.
 */
@Slf4j
@Component
@RequiredArgsConstructor
class DemoRegencyLoader {

	private final LongerStatements longer;

	private final UnitLoader units;

	private final EmployeeLoader employees;

	private final UserAccounts accounts;

	private final DemoProperties settings;

	private final Clock clock;

	@Transactional
	public void load() {
		this.longer.forJob();
		long start = System.nanoTime();
		DemoRegency.Regency regency = DemoRegency.generate(this.settings.employees(), LocalDate.now(this.clock));
		long generated = System.nanoTime();
		this.units.createAll(regency.units().stream().map(DemoUnit::toNewUnit).toList());
		Map<String, Long> ids = this.employees.createAll("demo regency", regency.employees());
		Map<String, Long> heads = new LinkedHashMap<>();
		regency.heads().forEach((unitCode, nip) -> heads.put(unitCode, ids.get(nip)));
		this.units.assignHeads(heads);
		List<NewUser> unitHeads = unitHeadUsers(regency);
		this.accounts.createAllSharingPassword(unitHeads);
		log.info(
				"Demo regency Kabupaten Sukamaju loaded in {} ms (generated in {} ms): {} units, {} employees, "
						+ "users {} with the demo password",
				(System.nanoTime() - start) / 1_000_000, (generated - start) / 1_000_000, regency.units().size(),
				regency.employees().size(), "kepala-<opd code> (" + unitHeads.size() + ")");
	}

	/** The head of every OPD logs in as {@code kepala-<code>}, scoped to the OPD. */
	private List<NewUser> unitHeadUsers(DemoRegency.Regency regency) {
		Map<String, EmployeeInput> byNip = new LinkedHashMap<>();
		regency.employees().forEach((employee) -> byNip.put(employee.nip(), employee));
		return regency.opds()
			.stream()
			.map((opd) -> new NewUser(username(opd.code()), this.settings.password(),
					byNip.get(regency.heads().get(opd.code())).name().display(), Set.of(Role.UNIT_HEAD), opd.code()))
			.filter((user) -> !this.accounts.exists(user.username()))
			.toList();
	}

	static String username(String opdCode) {
		return "kepala-" + opdCode.toLowerCase(Locale.ROOT);
	}

}
