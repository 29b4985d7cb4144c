package id.siapel.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import id.siapel.employee.Sex;

/**
 * Academic titles as Indonesian civil servants carry them: the bachelor's title of the
 * field after the name ("S.Pd.", "S.E."), a master's after it ("M.Si."), diploma titles
 * ("A.Md.Kep."), the front titles of doctors and professions ("dr.", "Ns.", "apt."), and
 * the older front titles that graduates before the 1990s reforms kept ("Drs.", "Ir.").
 */
final class DemoTitles {

	/** Highest education; decides the titles, the entry rank and the jenjang. */
	enum Education {

		SMA, D3, D4, S1, S2, S3, DOCTOR, DOCTOR_S2, DENTIST, SPECIALIST

	}

	/** The field of study, which decides which title a degree gives. */
	enum Field {

		/**
		 * Any office field; {@link DemoTitles#resolve} picks a concrete one per person.
		 */
		GENERAL(null, null, null, null), ECONOMY("A.Md.", "S.Tr.Ak.", "S.E.", "Drs.", "M.M.", "M.Si.", "M.Ak."),
		SOCIAL("A.Md.", "S.Tr.Sos.", "S.Sos.", "Drs.", "M.Si.", "M.AP."),
		GOVERNMENT("A.Md.", "S.Tr.IP.", "S.IP.", "Drs.", "M.Si.", "M.AP."),
		/** IPDN graduates, typical of camat and lurah. */
		CIVIL_SERVICE_SCHOOL("A.Md.", "S.STP.", "S.STP.", null, "M.Si.", "M.AP."),
		LAW("A.Md.", "S.H.", "S.H.", null, "M.H."), IT("A.Md.Kom.", "S.Tr.Kom.", "S.Kom.", null, "M.Kom."),
		ENGINEERING("A.Md.T.", "S.Tr.T.", "S.T.", "Ir.", "M.T."),
		AGRICULTURE("A.Md.P.", "S.Tr.P.", "S.P.", "Ir.", "M.P.", "M.Si."),
		FISHERY("A.Md.Pi.", "S.Tr.Pi.", "S.Pi.", "Ir.", "M.Si."),
		EDUCATION("A.Md.Pd.", "S.Pd.", "S.Pd.", "Drs.", "M.Pd."),
		PUBLIC_HEALTH("A.Md.Kes.", "S.Tr.Kes.", "S.K.M.", null, "M.Kes.", "M.K.M."),
		ENVIRONMENTAL_HEALTH("A.Md.K.L.", "S.Tr.K.L.", "S.K.M.", null, "M.Kes."),
		NURSING("A.Md.Kep.", "S.Tr.Kep.", "S.Kep.", null, "M.Kep."),
		MIDWIFERY("A.Md.Keb.", "S.Tr.Keb.", "S.Keb.", null, "M.Keb."),
		PHARMACY("A.Md.Farm.", "S.Tr.Farm.", "S.Farm.", null, "M.Farm."),
		MEDICINE("A.Md.Kes.", "S.Tr.Kes.", "S.Ked.", null, "M.Kes.", "M.A.R.S."),
		LAB("A.Md.AK.", "S.Tr.Kes.", "S.Si.", null, "M.Si."),
		RADIOLOGY("A.Md.Rad.", "S.Tr.Rad.", "S.Tr.Rad.", null, "M.Kes."),
		NUTRITION("A.Md.Gz.", "S.Tr.Gz.", "S.Gz.", null, "M.Gz."),
		PHYSIOTHERAPY("A.Md.Ftr.", "S.Tr.Ftr.", "S.Ftr.", null, "M.Kes."),
		MEDICAL_RECORDS("A.Md.Kes.", "S.Tr.RMIK.", "S.Tr.RMIK.", null, "M.Kes.");

		private final String diploma;

		private final String appliedBachelor;

		private final String bachelor;

		private final String oldFront;

		private final String[] masters;

		Field(String diploma, String appliedBachelor, String bachelor, String oldFront, String... masters) {
			this.diploma = diploma;
			this.appliedBachelor = appliedBachelor;
			this.bachelor = bachelor;
			this.oldFront = oldFront;
			this.masters = masters;
		}

	}

	private static final Pool<Field> GENERAL = new Pool<Field>().add(Field.ECONOMY, 3)
		.add(Field.SOCIAL, 3)
		.add(Field.GOVERNMENT, 2)
		.add(Field.LAW, 2)
		.add(Field.IT, 1);

	private static final Pool<String> SPECIALTIES = Pool.of("Sp.PD.", "Sp.A.", "Sp.OG.", "Sp.B.", "Sp.An.", "Sp.Rad.",
			"Sp.P.", "Sp.JP.", "Sp.M.", "Sp.N.", "Sp.KJ.", "Sp.PK.", "Sp.THT-BKL.");

	/** The graduates before these years kept the old front title (Drs., Ir.). */
	private static final int OLD_DRS_BEFORE = 1966;

	private static final int OLD_IR_BEFORE = 1970;

	private DemoTitles() {
	}

	/** A concrete field for a general one (an office clerk studied something). */
	static Field resolve(Field field, Random random) {
		return (field == Field.GENERAL) ? GENERAL.pick(random) : field;
	}

	/** Front and back titles for the education; {@code front} may be empty. */
	static Titles of(Field field, Education education, Sex sex, int birthYear, Random random) {
		Field f = resolve(field, random);
		List<String> front = new ArrayList<>();
		List<String> back = new ArrayList<>();
		switch (education) {
			case SMA -> {
			}
			case D3 -> back.add(f.diploma);
			case D4 -> back.add(f.appliedBachelor);
			case DOCTOR -> front.add("dr.");
			case DOCTOR_S2 -> {
				front.add("dr.");
				back.add(Field.MEDICINE.masters[random.nextInt(Field.MEDICINE.masters.length)]);
			}
			case DENTIST -> front.add("drg.");
			case SPECIALIST -> {
				front.add("dr.");
				back.add(SPECIALTIES.pick(random));
			}
			case S1, S2, S3 -> bachelorAndUp(f, education, sex, birthYear, random, front, back);
		}
		return new Titles(front, back);
	}

	private static void bachelorAndUp(Field f, Education education, Sex sex, int birthYear, Random random,
			List<String> front, List<String> back) {
		if (education == Education.S3) {
			front.add("Dr.");
		}
		boolean old = f.oldFront != null && birthYear < (f.oldFront.equals("Ir.") ? OLD_IR_BEFORE : OLD_DRS_BEFORE);
		if (old) {
			front.add((f.oldFront.equals("Drs.") && sex == Sex.F) ? "Dra." : f.oldFront);
		}
		else {
			if (f == Field.NURSING) {
				front.add("Ns.");
			}
			if (f == Field.PHARMACY) {
				front.add("apt.");
			}
			back.add(f.bachelor);
		}
		if (education != Education.S1) {
			back.add(f.masters[random.nextInt(f.masters.length)]);
		}
	}

	/** Titles before and after the name. */
	record Titles(List<String> front, List<String> back) {

		String frontText() {
			return this.front.isEmpty() ? null : String.join(" ", this.front);
		}

		String backText() {
			return this.back.isEmpty() ? null : String.join(", ", this.back);
		}

	}

}
