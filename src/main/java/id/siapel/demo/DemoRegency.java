package id.siapel.demo;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import id.siapel.demo.DemoCareers.Career;
import id.siapel.demo.DemoJobs.Job;
import id.siapel.demo.DemoJobs.Staffing;
import id.siapel.demo.DemoTitles.Education;
import id.siapel.demo.DemoTitles.Field;
import id.siapel.demo.DemoUnit.HeadPost;
import id.siapel.employee.Echelon;
import id.siapel.employee.EmployeeInput;
import id.siapel.employee.EmploymentType;
import id.siapel.employee.PersonName;
import id.siapel.employee.PositionKind;
import id.siapel.employee.Sex;

/**
 * Generates Kabupaten Sukamaju with a given number of employees, in memory: the unit
 * tree, every employee with a valid identity number, titles, rank and position, and the
 * head of every unit. Deterministic: a fixed seed, so the same size on the same day gives
 * the same regency (dates count back from that day, so that nobody is born in the future
 * and CPNS are still in their probation year).
 * <p>
 * The mix of employment types is fixed, not drawn: 3% CPNS, 15% PPPK, 5% part-time PPPK,
 * 10% non-ASN, the rest PNS; heads are PNS.
 */
final class DemoRegency {

	static final long SEED = 20241127L;

	static final int CPNS_PERCENT = 3;

	static final int PPPK_PERCENT = 15;

	static final int PART_TIME_PERCENT = 5;

	static final int NON_ASN_PERCENT = 10;

	/**
	 * The Sekretaris Daerah is the demo user {@code sekda} too (DemoData), so the
	 * regency's Sekda carries that user's name.
	 */
	static final PersonName SEKDA = PersonName.of("Drs. H.", "Bambang Sutrisno", "M.Si.");

	private final int size;

	private final LocalDate today;

	private final Random random = new Random(SEED);

	private final DemoCareers careers;

	private DemoRegency(int size, LocalDate today) {
		this.size = size;
		this.today = today;
		this.careers = new DemoCareers(today, this.random);
	}

	static Regency generate(int employees, LocalDate today) {
		return new DemoRegency(employees, today).build();
	}

	/**
	 * The smallest regency the generator makes: every unit needs its head, and the heads
	 * (all PNS) must leave room for the other employment types.
	 */
	static int minimumSize() {
		int units = SukamajuUnits.forRegencyOf(0).size() - 1;
		return (int) Math.ceil(units * 1.6);
	}

	private Regency build() {
		List<DemoUnit> units = SukamajuUnits.forRegencyOf(this.size);
		List<DemoUnit> staffed = units.stream().filter((unit) -> !unit.isRoot()).toList();
		if (this.size < Math.ceil(staffed.size() * 1.6)) {
			throw new IllegalArgumentException("A demo regency needs at least " + (int) Math.ceil(staffed.size() * 1.6)
					+ " employees (siapel.demo.employees), one head per unit and the other staff: " + this.size);
		}
		int[] headcounts = headcounts(staffed);
		List<EmploymentType> types = types(this.size - staffed.size());
		List<EmployeeInput> employees = new ArrayList<>(this.size);
		Map<String, String> heads = new LinkedHashMap<>();
		int next = 0;
		for (int u = 0; u < staffed.size(); u++) {
			DemoUnit unit = staffed.get(u);
			EmployeeInput head = person(unit, EmploymentType.PNS, unit.head());
			employees.add(head);
			heads.put(unit.code(), head.nip());
			for (int i = 1; i < headcounts[u]; i++) {
				employees.add(person(unit, types.get(next++), null));
			}
		}
		return new Regency(units, employees, heads);
	}

	/**
	 * Staff per unit: one head each, the rest in proportion to the weights, varied by up
	 * to a fifth either way so that sister units differ; rounded so the total is exact.
	 */
	private int[] headcounts(List<DemoUnit> units) {
		double[] weights = new double[units.size()];
		double sum = 0;
		for (int i = 0; i < weights.length; i++) {
			weights[i] = units.get(i).weight() * (0.8 + 0.4 * this.random.nextDouble());
			sum += weights[i];
		}
		int rest = this.size - units.size();
		int[] counts = new int[units.size()];
		double[] remainders = new double[units.size()];
		int given = 0;
		for (int i = 0; i < counts.length; i++) {
			double share = rest * weights[i] / sum;
			counts[i] = 1 + (int) share;
			remainders[i] = share - (int) share;
			given += (int) share;
		}
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < counts.length; i++) {
			order.add(i);
		}
		order.sort((a, b) -> Double.compare(remainders[b], remainders[a]));
		for (int i = 0; i < rest - given; i++) {
			counts[order.get(i)]++;
		}
		return counts;
	}

	/** The employment types of everyone but the heads, in a shuffled order. */
	private List<EmploymentType> types(int count) {
		List<EmploymentType> types = new ArrayList<>(count);
		add(types, EmploymentType.CPNS, percentOfSize(CPNS_PERCENT));
		add(types, EmploymentType.PPPK, percentOfSize(PPPK_PERCENT));
		add(types, EmploymentType.PPPK_PART_TIME, percentOfSize(PART_TIME_PERCENT));
		add(types, EmploymentType.NON_ASN, percentOfSize(NON_ASN_PERCENT));
		add(types, EmploymentType.PNS, count - types.size());
		Collections.shuffle(types, this.random);
		return types;
	}

	private int percentOfSize(int percent) {
		return Math.round(this.size * percent / 100f);
	}

	private static void add(List<EmploymentType> types, EmploymentType type, int count) {
		for (int i = 0; i < count; i++) {
			types.add(type);
		}
	}

	private EmployeeInput person(DemoUnit unit, EmploymentType type, HeadPost head) {
		boolean asn = type == EmploymentType.PNS || type == EmploymentType.CPNS || type == EmploymentType.PPPK;
		Job job = (head != null) ? null : asn ? DemoJobs.forCivilServant(unit.profile(), this.random)
				: DemoJobs.forSupportStaff(unit.profile(), this.random);
		Sex sex = (this.random.nextInt(100) < ((head != null) ? 25 : job.femaleShare())) ? Sex.F : Sex.M;
		boolean sekda = head != null && unit.code().equals(SukamajuUnits.SECRETARIAT);
		if (sekda) {
			sex = Sex.M;
		}
		Field field = (head != null) ? unit.profile().field() : fieldOf(job, unit);
		Education education = (head != null) ? headEducation(head, field) : job.education(this.random);
		if (head != null && field == Field.MEDICINE && !isMedical(education)) {
			field = Field.PUBLIC_HEALTH;
		}
		Echelon careerLevel = (head == null) ? null : (head.echelon() != null) ? head.echelon() : Echelon.IV;
		Career career = this.careers.career(type, sex, education, careerLevel,
				head == null && job.kind() == PositionKind.EXECUTOR, registrationPrefix(unit));
		int age = Period.between(career.birth(), this.today).getYears();
		DemoNames.Name name = DemoNames.of(sex, age, career.birth().getYear(), (head != null) ? 30 : 8, this.random);
		DemoTitles.Titles titles = DemoTitles.of(field, education, sex, career.birth().getYear(), this.random);
		List<String> front = new ArrayList<>(titles.front());
		if (name.hajjTitle() != null) {
			front.add(name.hajjTitle());
		}
		PersonName personName = sekda ? SEKDA
				: PersonName.of(front.isEmpty() ? null : String.join(" ", front), name.name(), titles.backText());
		String position;
		PositionKind kind;
		Echelon echelon;
		if (head != null) {
			position = head.position();
			kind = head.kind();
			echelon = head.echelon();
		}
		else {
			String level = (job.kind() == PositionKind.FUNCTIONAL) ? jenjang(type, education, career.rankIndex())
					: null;
			position = (level != null) ? job.title() + " " + level : job.title();
			kind = job.kind();
			echelon = null;
		}
		return new EmployeeInput(career.nip(), personName, sex, type, career.rank(), position, kind, echelon,
				career.serviceStart(), unit.code(), unitSince(career.serviceStart(), head != null));
	}

	private Field fieldOf(Job job, DemoUnit unit) {
		if (job.field() == Field.GENERAL && unit.profile().staffing() == Staffing.OFFICE && this.random.nextBoolean()) {
			return unit.profile().field();
		}
		return job.field();
	}

	/**
	 * Echelon II officials mostly hold a master's; heads of health units are often
	 * doctors.
	 */
	private Education headEducation(HeadPost head, Field field) {
		int draw = this.random.nextInt(100);
		if (field == Field.MEDICINE) {
			return (draw < 50) ? Education.DOCTOR_S2 : (draw < 80) ? Education.SPECIALIST : Education.S2;
		}
		if (field == Field.PUBLIC_HEALTH && head.echelon() == Echelon.IV && draw < 40) {
			return Education.DOCTOR;
		}
		if (head.echelon() == Echelon.II) {
			return (draw < 10) ? Education.S3 : (draw < 80) ? Education.S2 : Education.S1;
		}
		if (head.echelon() == Echelon.III) {
			return (draw < 50) ? Education.S2 : Education.S1;
		}
		return (draw < 25) ? Education.S2 : Education.S1;
	}

	private static boolean isMedical(Education education) {
		return education == Education.DOCTOR || education == Education.DOCTOR_S2 || education == Education.SPECIALIST
				|| education == Education.DENTIST;
	}

	/**
	 * The jenjang of a functional position follows the rank: Ahli Pertama … Madya for
	 * graduates, Pemula … Penyelia for diploma and school leavers.
	 */
	static String jenjang(EmploymentType type, Education education, int rankIndex) {
		boolean expert = education != Education.SMA && education != Education.D3;
		return switch (type) {
			case PPPK, CPNS -> expert ? "Ahli Pertama" : (education == Education.SMA) ? "Pemula" : "Terampil";
			case PNS -> expert
					? ((rankIndex <= 9) ? "Ahli Pertama"
							: (rankIndex <= 11) ? "Ahli Muda" : (rankIndex <= 14) ? "Ahli Madya" : "Ahli Utama")
					: ((rankIndex <= 5) ? "Pemula"
							: (rankIndex <= 7) ? "Terampil" : (rankIndex <= 9) ? "Mahir" : "Penyelia");
			case PPPK_PART_TIME, NON_ASN -> null;
		};
	}

	/**
	 * Since when someone belongs to their unit: heads since their installation a few
	 * years ago; half of the long-serving staff since a transfer on 1 January of some
	 * past year; everyone else since their first day.
	 */
	private LocalDate unitSince(LocalDate serviceStart, boolean head) {
		if (head) {
			LocalDate installed = this.today.withDayOfMonth(1).minusMonths(1 + this.random.nextInt(60));
			return installed.isAfter(serviceStart) ? installed : serviceStart;
		}
		int firstYear = serviceStart.getYear() + 2;
		int lastYear = this.today.getYear() - 1;
		if (firstYear <= lastYear && this.random.nextBoolean()) {
			return LocalDate.of(firstYear + this.random.nextInt(lastYear - firstYear + 1), 1, 1);
		}
		return serviceStart;
	}

	/** Honorary staff of schools and health units are PTT, elsewhere THL. */
	private static String registrationPrefix(DemoUnit unit) {
		return switch (unit.profile().staffing()) {
			case PRIMARY_SCHOOL, JUNIOR_SCHOOL, HEALTH_CENTRE, HOSPITAL -> "PTT";
			default -> "THL";
		};
	}

	/**
	 * The generated regency.
	 *
	 * @param units the unit tree, root first, parents before children
	 * @param employees everyone, each with their unit and since when
	 * @param heads the NIP of every unit's head, by unit code
	 */
	record Regency(List<DemoUnit> units, List<EmployeeInput> employees, Map<String, String> heads) {

		/** The OPDs: the units directly below the Pemda. */
		List<DemoUnit> opds() {
			return this.units.stream().filter((unit) -> SukamajuUnits.ROOT.equals(unit.parentCode())).toList();
		}

		EmployeeInput employee(String nip) {
			return this.employees.stream().filter((employee) -> employee.nip().equals(nip)).findFirst().orElseThrow();
		}

	}

}
