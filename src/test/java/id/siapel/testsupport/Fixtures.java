package id.siapel.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import id.siapel.employee.EmployeeImport;
import id.siapel.employee.EmployeeInput;
import id.siapel.employee.EmployeeService;
import id.siapel.employee.EmploymentType;
import id.siapel.employee.PersonName;
import id.siapel.employee.PositionKind;
import id.siapel.employee.Sex;
import id.siapel.organization.UnitKind;
import id.siapel.organization.UnitView;
import id.siapel.organization.Units;
import id.siapel.organization.WorkPattern;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Test data made through the application's own services, as a real user (so the same
 * rules apply as in production): units under the Pemda with unique codes, employees with
 * valid NIPs.
 */
@Component
public class Fixtures {

	private final Units units;

	private final EmployeeService employees;

	private final UserDetailsService users;

	private final EmployeeImport imports;

	public Fixtures(Units units, EmployeeService employees, UserDetailsService users, EmployeeImport imports) {
		this.units = units;
		this.employees = employees;
		this.users = users;
		this.imports = imports;
	}

	/**
	 * Runs as the given (demo) user, restoring the previous security context afterwards.
	 */
	public <T> T as(String username, Supplier<T> action) {
		var previous = SecurityContextHolder.getContext();
		UserDetails user = this.users.loadUserByUsername(username);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	public UnitView root() {
		return as("bkpsdm",
				() -> this.units.tree()
					.root()
					.orElseGet(() -> this.units
						.create(new Units.NewUnit("PEMDA", "Pemerintah Kabupaten Uji", UnitKind.REGION, null, null))));
	}

	/** A new OPD directly under the Pemda. */
	public UnitView opd(String name) {
		return unit(root().code(), name, UnitKind.AGENCY);
	}

	/** A new five-day unit under the given one. */
	public UnitView unit(String parentCode, String name, UnitKind kind) {
		return unit(parentCode, name, kind, WorkPattern.FIVE_DAY);
	}

	/**
	 * A new unit under the given one with that work pattern (a six-day Puskesmas under a
	 * five-day Dinas).
	 */
	public UnitView unit(String parentCode, String name, UnitKind kind, WorkPattern pattern) {
		String code = "T" + Integer.toString(ThreadLocalRandom.current().nextInt(0x100000, 0xFFFFFF), 36)
			.toUpperCase(Locale.ROOT);
		return as("bkpsdm", () -> this.units.create(new Units.NewUnit(code, name, kind, parentCode, pattern)));
	}

	/** A PNS in the unit since the given day (null: no start date). Returns the NIP. */
	public String employee(String unitCode, String name, LocalDate since) {
		Sex sex = ThreadLocalRandom.current().nextBoolean() ? Sex.M : Sex.F;
		String nip = validPnsNip(sex);
		return as("bkpsdm",
				() -> this.employees.create(new EmployeeInput(nip, PersonName.parse(name), sex, EmploymentType.PNS,
						"III/a", "Analis Kepegawaian", PositionKind.FUNCTIONAL, null, since, unitCode, since)));
	}

	/**
	 * {@code count} PNS in the unit since the given day, with NIPs that cannot collide
	 * (one birth date per call, serials 1…). For sheets of hundreds of people.
	 */
	public java.util.List<String> employees(String unitCode, int count, LocalDate since) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 40));
		LocalDate appointed = birth.plusYears(23);
		java.util.List<String> nips = new java.util.ArrayList<>();
		// Through the CSV import, as BKPSDM loads a SIASN export: one transaction, so
		// that
		// sheets of 5,000 people are made in seconds.
		StringBuilder csv = new StringBuilder(
				"nip,name,sex,employmentType,unitCode,position,rank,serviceStart,unitSince\n");
		for (int i = 1; i <= count; i++) {
			Sex sex = (i % 2 == 0) ? Sex.F : Sex.M;
			String nip = String.format(Locale.ROOT, "%04d%02d%02d%04d%02d%d%03d", birth.getYear(),
					birth.getMonthValue(), birth.getDayOfMonth(), appointed.getYear() + i / 1000,
					appointed.getMonthValue(), (sex == Sex.M) ? 1 : 2, i % 1000);
			nips.add(nip);
			String day = (since != null) ? since.toString() : "";
			csv.append(nip)
				.append(",Pegawai Massal ")
				.append(i)
				.append(',')
				.append(sex)
				.append(",PNS,")
				.append(unitCode)
				.append(",Pengadministrasi Umum,II/a,")
				.append(day)
				.append(',')
				.append(day)
				.append('\n');
		}
		as("bkpsdm", () -> this.imports.importNow("fixtures.csv", csv.toString().getBytes(StandardCharsets.UTF_8)));
		return nips;
	}

	/**
	 * A random, well-formed PNS NIP: birth date, TMT CPNS 22 years later, sex digit,
	 * serial.
	 */
	public static String validPnsNip(Sex sex) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		LocalDate birth = LocalDate.of(1965 + random.nextInt(35), 1 + random.nextInt(12), 1 + random.nextInt(28));
		LocalDate appointed = birth.plusYears(22 + random.nextInt(5));
		return String.format(Locale.ROOT, "%04d%02d%02d%04d%02d%d%03d", birth.getYear(), birth.getMonthValue(),
				birth.getDayOfMonth(), appointed.getYear(), appointed.getMonthValue(), (sex == Sex.M) ? 1 : 2,
				random.nextInt(1, 1000));
	}

}
