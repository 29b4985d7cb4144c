package id.siapel.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.siapel.employee.Echelon;
import id.siapel.employee.EmployeeInput;
import id.siapel.employee.EmployeeValidator;
import id.siapel.employee.EmploymentType;
import id.siapel.employee.NipRules;
import id.siapel.employee.PersonName;
import id.siapel.employee.PositionKind;
import id.siapel.employee.Sex;
import id.siapel.organization.UnitKind;
import id.siapel.organization.WorkPattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * The generated Kabupaten Sukamaju, in memory: valid for the application's own rules,
 * shaped like a real regency, and the same every time.
 */
class DemoRegencyTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	@Test
	void theSameSizeOnTheSameDayGivesTheSameRegency() {
		DemoRegency.Regency first = DemoRegency.generate(3000, TODAY);
		DemoRegency.Regency second = DemoRegency.generate(3000, TODAY);
		assertThat(second.employees()).isEqualTo(first.employees());
		assertThat(second.units()).isEqualTo(first.units());
		assertThat(second.heads()).isEqualTo(first.heads());
		assertThat(first.employees().get(0).nip()).isEqualTo(second.employees().get(0).nip());
	}

	@ParameterizedTest
	@ValueSource(ints = { 400, 3000, 15000 })
	void everyEmployeePassesTheRulesOfTheEmployeeForm(int size) {
		DemoRegency.Regency regency = DemoRegency.generate(size, TODAY);
		assertThat(regency.employees()).hasSize(size);
		Set<String> unitCodes = regency.units().stream().map(DemoUnit::code).collect(Collectors.toSet());
		List<String> broken = regency.employees()
			.stream()
			.filter((employee) -> !EmployeeValidator.problems(employee, TODAY).isEmpty()
					|| NipRules.violation(employee.nip(), employee.employmentType(), employee.sex(), TODAY).isPresent()
					|| !unitCodes.contains(employee.unitCode())
					// the name reads back as it is written (forms and imports parse it)
					|| !PersonName.parse(employee.name().display()).equals(employee.name())
					|| employee.unitSince().isBefore(employee.serviceStart()) || employee.unitSince().isAfter(TODAY))
			.map(EmployeeInput::toString)
			.toList();
		assertThat(broken).isEmpty();
		assertThat(regency.employees().stream().map(EmployeeInput::nip).distinct().count()).as("unique NIPs")
			.isEqualTo(size);
	}

	@Test
	void identityNumbersFollowTheLayoutOfEachEmploymentType() {
		for (EmployeeInput employee : DemoRegency.generate(3000, TODAY).employees()) {
			String nip = employee.nip();
			switch (employee.employmentType()) {
				case PNS, CPNS -> {
					// birth date, TMT CPNS = service start, sex digit, serial
					assertThat(nip).matches("\\d{18}");
					assertThat(nip.substring(8, 14)).isEqualTo("%04d%02d".formatted(employee.serviceStart().getYear(),
							employee.serviceStart().getMonthValue()));
					assertThat(NipRules.birthDate(nip).orElseThrow().plusYears(18)).isBefore(employee.serviceStart());
				}
				case PPPK, PPPK_PART_TIME -> {
					// birth date, year of appointment, "21", sex digit, serial
					assertThat(nip).matches("\\d{18}");
					assertThat(nip.substring(8, 12)).isEqualTo(String.valueOf(employee.serviceStart().getYear()));
					assertThat(nip.substring(12, 14)).isEqualTo("21");
					assertThat(nip.charAt(14)).isEqualTo((employee.sex() == Sex.M) ? '1' : '2');
				}
				case NON_ASN -> assertThat(nip).matches("(THL|PTT)-\\d{4}-\\d{5}");
			}
		}
	}

	@Test
	void fortyOpdsAfterTheRegulationWithTheirSubUnits() {
		DemoRegency.Regency regency = DemoRegency.generate(3000, TODAY);
		Map<String, DemoUnit> units = regency.units()
			.stream()
			.collect(Collectors.toMap(DemoUnit::code, Function.identity()));
		assertThat(units.get(SukamajuUnits.ROOT).kind()).isEqualTo(UnitKind.REGION);
		assertThat(regency.opds()).hasSize(40);
		assertThat(regency.opds()).extracting(DemoUnit::code)
			.contains("SETDA", "SETWAN", "INSPEKTORAT", "DISDIKBUD", "DINKES", "SATPOLPP", "BKPSDM", "RSUD",
					"KEC-WONOREJO");
		assertThat(units.get("RSUD").kind()).isEqualTo(UnitKind.HOSPITAL);
		assertThat(units.get("RSUD").workPattern()).isEqualTo(WorkPattern.SIX_DAY);
		assertThat(units.get("SATPOLPP").workPattern()).isEqualTo(WorkPattern.SIX_DAY);
		assertThat(units.get("BKPSDM").kind()).isEqualTo(UnitKind.BOARD);
		for (DemoUnit unit : regency.units()) {
			assertThat(unit.code()).matches("[A-Z0-9][A-Z0-9._-]{0,29}");
			if (unit.kind() == UnitKind.SUBDISTRICT) {
				assertThat(units.get(unit.parentCode()).kind()).as(unit.code()).isEqualTo(UnitKind.DISTRICT);
			}
			if (unit.kind() == UnitKind.TECHNICAL_UNIT) {
				assertThat(unit.parentCode()).isEqualTo("DINKES");
			}
			if (unit.kind() == UnitKind.SCHOOL) {
				assertThat(unit.parentCode()).isEqualTo("DISDIKBUD");
			}
		}
		for (DemoUnit opd : regency.opds()) {
			long divisions = regency.units()
				.stream()
				.filter((unit) -> opd.code().equals(unit.parentCode()) && unit.kind() == UnitKind.DIVISION)
				.count();
			assertThat(divisions).as("bidang, bagian or seksi of " + opd.code()).isBetween(1L, 4L);
		}
		assertThat(regency.units()).filteredOn((unit) -> unit.kind() == UnitKind.SUBDISTRICT).hasSizeGreaterThan(3);
		assertThat(regency.units()).as("lists show a unit by its name alone")
			.extracting(DemoUnit::name)
			.doesNotHaveDuplicates();
	}

	@Test
	void largeUnitsAreLargeAndSmallOnesSmall() {
		DemoRegency.Regency regency = DemoRegency.generate(3000, TODAY);
		Map<String, String> parents = regency.units()
			.stream()
			.filter((unit) -> !unit.isRoot())
			.collect(Collectors.toMap(DemoUnit::code, DemoUnit::parentCode));
		Map<String, Long> byOpd = regency.employees()
			.stream()
			.collect(Collectors.groupingBy((employee) -> opdOf(parents, employee.unitCode()), Collectors.counting()));
		assertThat(byOpd.get("DISDIKBUD")).isGreaterThan(700);
		assertThat(byOpd.get("DINKES")).isGreaterThan(300);
		assertThat(byOpd.get("RSUD")).isGreaterThan(250);
		assertThat(byOpd.get("KESBANGPOL")).isLessThan(40);
	}

	@ParameterizedTest
	@ValueSource(ints = { 400, 3000, 15000 })
	void employmentTypesAreMixedLikeARealRegency(int size) {
		Map<EmploymentType, Long> types = DemoRegency.generate(size, TODAY)
			.employees()
			.stream()
			.collect(Collectors.groupingBy(EmployeeInput::employmentType, Collectors.counting()));
		double civilServants = share(types, size, EmploymentType.PNS, EmploymentType.CPNS);
		assertThat(civilServants).isCloseTo(0.70, within(0.02));
		assertThat(share(types, size, EmploymentType.CPNS)).isCloseTo(0.03, within(0.01));
		assertThat(share(types, size, EmploymentType.PPPK, EmploymentType.PPPK_PART_TIME)).isCloseTo(0.20,
				within(0.02));
		assertThat(types.get(EmploymentType.PPPK_PART_TIME)).isPositive();
		assertThat(share(types, size, EmploymentType.NON_ASN)).isCloseTo(0.10, within(0.02));
	}

	@Test
	void everyUnitIsHeadedByOneOfItsOwnStaff() {
		DemoRegency.Regency regency = DemoRegency.generate(3000, TODAY);
		List<DemoUnit> staffed = regency.units().stream().filter((unit) -> !unit.isRoot()).toList();
		assertThat(regency.heads().keySet())
			.containsExactlyInAnyOrderElementsOf(staffed.stream().map(DemoUnit::code).toList());
		for (DemoUnit unit : staffed) {
			EmployeeInput head = regency.employee(regency.heads().get(unit.code()));
			assertThat(head.unitCode()).isEqualTo(unit.code());
			assertThat(head.employmentType()).isEqualTo(EmploymentType.PNS);
		}
		assertThat(regency.employee(regency.heads().get("SETDA")).name().display())
			.as("the Sekda is the demo user sekda")
			.isEqualTo("Drs. H. Bambang Sutrisno, M.Si.");
		for (DemoUnit opd : regency.opds()) {
			EmployeeInput head = regency.employee(regency.heads().get(opd.code()));
			assertThat(head.positionKind()).isEqualTo(PositionKind.STRUCTURAL);
			assertThat(head.echelon()).as(opd.code())
				.isEqualTo((opd.kind() == UnitKind.DISTRICT) ? Echelon.III : Echelon.II);
		}
	}

	@Test
	void namesAgreeWithSexAndTitlesWithEducation() {
		List<EmployeeInput> employees = DemoRegency.generate(3000, TODAY).employees();
		assertThat(employees).filteredOn((e) -> e.position().startsWith("Bidan")).allMatch((e) -> e.sex() == Sex.F);
		assertThat(employees).filteredOn((e) -> e.name().name().startsWith("Ni ")).allMatch((e) -> e.sex() == Sex.F);
		assertThat(employees).filteredOn((e) -> e.name().name().startsWith("I ")).allMatch((e) -> e.sex() == Sex.M);
		assertThat(employees).filteredOn((e) -> e.position().startsWith("Dokter"))
			.allMatch((e) -> e.name().front() != null && e.name().front().matches("(dr|drg)\\..*"));
		long titled = employees.stream().filter((e) -> e.name().back() != null || e.name().front() != null).count();
		assertThat(titled).isBetween(employees.size() / 2L, employees.size() * 9L / 10);
		assertThat(employees).anyMatch((e) -> !e.name().name().contains(" "));
		assertThat(employees).filteredOn((e) -> e.employmentType() == EmploymentType.NON_ASN)
			.allMatch((e) -> e.rank() == null);
	}

	@Test
	void aRegencyTooSmallForItsUnitsIsRefused() {
		assertThat(DemoRegency.minimumSize()).isLessThanOrEqualTo(400);
		assertThatIllegalArgumentException().isThrownBy(() -> DemoRegency.generate(100, TODAY))
			.withMessageContaining("siapel.demo.employees");
	}

	private static double share(Map<EmploymentType, Long> types, int size, EmploymentType... wanted) {
		long count = 0;
		for (EmploymentType type : wanted) {
			count += types.getOrDefault(type, 0L);
		}
		return (double) count / size;
	}

	private static String opdOf(Map<String, String> parents, String code) {
		String current = code;
		while (!SukamajuUnits.ROOT.equals(parents.get(current))) {
			current = parents.get(current);
		}
		return current;
	}

}
