package id.siapel.demo;

import java.util.List;
import java.util.Random;

import id.siapel.demo.DemoTitles.Education;
import id.siapel.demo.DemoTitles.Field;
import id.siapel.employee.PositionKind;

import static id.siapel.demo.DemoTitles.Education.D3;
import static id.siapel.demo.DemoTitles.Education.D4;
import static id.siapel.demo.DemoTitles.Education.DENTIST;
import static id.siapel.demo.DemoTitles.Education.DOCTOR;
import static id.siapel.demo.DemoTitles.Education.S1;
import static id.siapel.demo.DemoTitles.Education.S2;
import static id.siapel.demo.DemoTitles.Education.SMA;
import static id.siapel.demo.DemoTitles.Education.SPECIALIST;

/**
 * The positions (jabatan) staff of each kind of unit hold: teachers in schools, nurses
 * and midwives in puskesmas, Pol PP in Satpol PP, analysts and clerks in offices, with
 * the share of women each job has in practice (every midwife is a woman, nearly every
 * firefighter a man). Functional positions get their jenjang from the rank later.
 */
final class DemoJobs {

	/** What kind of workplace a unit is, for its staff. */
	enum Staffing {

		OFFICE, DISTRICT, PRIMARY_SCHOOL, JUNIOR_SCHOOL, HEALTH_CENTRE, HOSPITAL, PUBLIC_ORDER, FIRE

	}

	/**
	 * A job.
	 *
	 * @param title position name (without jenjang)
	 * @param kind functional or executor
	 * @param field field of study, {@code null} for the unit's own field
	 * @param femaleShare share of women, in percent
	 * @param educations the educations it is held with, equally likely
	 */
	record Job(String title, PositionKind kind, Field field, int femaleShare, List<Education> educations) {

		Education education(Random random) {
			return this.educations.get(random.nextInt(this.educations.size()));
		}

	}

	/**
	 * How a unit is staffed.
	 *
	 * @param staffing kind of workplace
	 * @param field the field most of its graduates studied
	 * @param specialists the functional positions typical of the OPD (auditors in the
	 * Inspektorat, extension workers in agriculture…)
	 */
	record Profile(Staffing staffing, Field field, List<Job> specialists) {

		static Profile office(Field field, Job... specialists) {
			return new Profile(Staffing.OFFICE, field, List.of(specialists));
		}

		static Profile of(Staffing staffing, Field field) {
			return new Profile(staffing, field, List.of());
		}

	}

	static Job functional(String title, Field field, int femaleShare, Education... educations) {
		return new Job(title, PositionKind.FUNCTIONAL, field, femaleShare, List.of(educations));
	}

	static Job executor(String title, Field field, int femaleShare, Education... educations) {
		return new Job(title, PositionKind.EXECUTOR, field, femaleShare, List.of(educations));
	}

	static final Job DOCTOR_JOB = functional("Dokter", Field.MEDICINE, 55, DOCTOR);

	static final Job DENTIST_JOB = functional("Dokter Gigi", Field.MEDICINE, 65, DENTIST);

	static final Job NURSE = functional("Perawat", Field.NURSING, 70, D3, D3, S1);

	static final Job MIDWIFE = functional("Bidan", Field.MIDWIFERY, 100, D3, D3, D4);

	static final Job PHARMACIST = functional("Apoteker", Field.PHARMACY, 75, S1);

	static final Job PHARMACY_ASSISTANT = functional("Asisten Apoteker", Field.PHARMACY, 75, D3);

	static final Job LAB = functional("Pranata Laboratorium Kesehatan", Field.LAB, 65, D3, D3, D4);

	static final Job NUTRITIONIST = functional("Nutrisionis", Field.NUTRITION, 85, D3, S1);

	static final Job RECORDS = functional("Perekam Medis", Field.MEDICAL_RECORDS, 60, D3);

	private static final Pool<Job> OFFICE_FUNCTIONAL = new Pool<Job>()
		.add(functional("Analis Kebijakan", Field.GENERAL, 45, S1, S1, S2), 4)
		.add(functional("Perencana", Field.ECONOMY, 45, S1, S2), 2)
		.add(functional("Pranata Komputer", Field.IT, 35, D3, S1), 2)
		.add(functional("Arsiparis", Field.GENERAL, 60, D3, S1), 2)
		.add(functional("Analis Keuangan Pusat dan Daerah", Field.ECONOMY, 55, S1), 2)
		.add(functional("Analis Sumber Daya Manusia Aparatur", Field.GENERAL, 55, S1), 1)
		.add(functional("Penata Laksana Barang", Field.ECONOMY, 45, D3, S1), 1)
		.add(functional("Pranata Hubungan Masyarakat", Field.SOCIAL, 55, S1), 1);

	private static final Pool<Job> OFFICE_EXECUTORS = new Pool<Job>()
		.add(executor("Pengadministrasi Perkantoran", Field.GENERAL, 50, SMA, SMA, D3), 5)
		.add(executor("Pengadministrasi Umum", Field.GENERAL, 45, SMA), 2)
		.add(executor("Penata Layanan Operasional", Field.GENERAL, 50, S1), 4)
		.add(executor("Pengolah Data dan Informasi", Field.GENERAL, 50, D3, S1), 3)
		.add(executor("Pengelola Layanan Operasional", Field.GENERAL, 45, D3, S1), 2)
		.add(executor("Operator Layanan Operasional", Field.GENERAL, 40, SMA), 2)
		.add(executor("Bendahara Pengeluaran", Field.ECONOMY, 60, D3, S1), 1);

	private static final Pool<Job> DISTRICT_FUNCTIONAL = new Pool<Job>()
		.add(functional("Penggerak Swadaya Masyarakat", Field.SOCIAL, 40, S1), 3)
		.add(functional("Analis Kebijakan", Field.GOVERNMENT, 40, S1), 2)
		.add(functional("Pranata Komputer", Field.IT, 35, D3, S1), 1)
		.add(functional("Arsiparis", Field.GENERAL, 60, D3), 1);

	private static final Pool<Job> PRIMARY_TEACHERS = new Pool<Job>()
		.add(functional("Guru Kelas", Field.EDUCATION, 72, S1), 14)
		.add(functional("Guru Pendidikan Agama Islam", Field.EDUCATION, 50, S1), 2)
		.add(functional("Guru Pendidikan Jasmani, Olahraga dan Kesehatan", Field.EDUCATION, 25, S1), 2);

	private static final Pool<Job> JUNIOR_TEACHERS = new Pool<Job>()
		.add(functional("Guru Matematika", Field.EDUCATION, 60, S1), 3)
		.add(functional("Guru Bahasa Indonesia", Field.EDUCATION, 75, S1), 3)
		.add(functional("Guru Ilmu Pengetahuan Alam", Field.EDUCATION, 65, S1), 3)
		.add(functional("Guru Ilmu Pengetahuan Sosial", Field.EDUCATION, 60, S1), 2)
		.add(functional("Guru Bahasa Inggris", Field.EDUCATION, 70, S1), 2)
		.add(functional("Guru Pendidikan Agama Islam", Field.EDUCATION, 50, S1), 1)
		.add(functional("Guru Pendidikan Pancasila", Field.EDUCATION, 60, S1), 1)
		.add(functional("Guru Seni Budaya", Field.EDUCATION, 55, S1), 1)
		.add(functional("Guru Bimbingan dan Konseling", Field.EDUCATION, 80, S1), 1)
		.add(functional("Guru Pendidikan Jasmani, Olahraga dan Kesehatan", Field.EDUCATION, 25, S1), 1);

	private static final Pool<Job> HEALTH_CENTRE = new Pool<Job>().add(DOCTOR_JOB, 7)
		.add(DENTIST_JOB, 3)
		.add(NURSE, 28)
		.add(MIDWIFE, 26)
		.add(PHARMACIST, 2)
		.add(PHARMACY_ASSISTANT, 3)
		.add(functional("Sanitarian", Field.ENVIRONMENTAL_HEALTH, 55, D3, S1), 4)
		.add(NUTRITIONIST, 4)
		.add(LAB, 4)
		.add(functional("Epidemiolog Kesehatan", Field.PUBLIC_HEALTH, 55, S1), 2)
		.add(functional("Penyuluh Kesehatan Masyarakat", Field.PUBLIC_HEALTH, 65, S1), 3)
		.add(RECORDS, 3)
		.add(executor("Pengadministrasi Perkantoran", Field.GENERAL, 55, SMA, D3), 8);

	private static final Pool<Job> HOSPITAL = new Pool<Job>()
		.add(functional("Dokter Spesialis", Field.MEDICINE, 45, SPECIALIST), 7)
		.add(DOCTOR_JOB, 6)
		.add(DENTIST_JOB, 1)
		.add(NURSE, 40)
		.add(MIDWIFE, 8)
		.add(PHARMACIST, 2)
		.add(PHARMACY_ASSISTANT, 3)
		.add(functional("Radiografer", Field.RADIOLOGY, 40, D3), 2)
		.add(functional("Fisioterapis", Field.PHYSIOTHERAPY, 60, D3), 1)
		.add(NUTRITIONIST, 2)
		.add(LAB, 4)
		.add(RECORDS, 3)
		.add(functional("Teknisi Elektromedis", Field.ENGINEERING, 20, D3), 1)
		.add(functional("Administrator Kesehatan", Field.PUBLIC_HEALTH, 60, S1), 3)
		.add(executor("Pengadministrasi Perkantoran", Field.GENERAL, 55, SMA, D3), 6)
		.add(executor("Pengelola Layanan Operasional", Field.ECONOMY, 55, D3, S1), 3);

	private static final Pool<Job> PUBLIC_ORDER = new Pool<Job>()
		.add(functional("Polisi Pamong Praja", Field.GOVERNMENT, 20, SMA, SMA, D3, S1), 6)
		.add(executor("Pengelola Ketenteraman dan Ketertiban Umum", Field.GENERAL, 20, SMA), 3)
		.add(executor("Pengadministrasi Perkantoran", Field.GENERAL, 50, SMA, D3), 2);

	private static final Pool<Job> FIRE = new Pool<Job>().add(functional("Pemadam Kebakaran", Field.GENERAL, 5, SMA), 8)
		.add(functional("Analis Kebakaran", Field.ENGINEERING, 20, S1), 1)
		.add(executor("Pengadministrasi Perkantoran", Field.GENERAL, 50, SMA), 1);

	private static final Pool<Job> OFFICE_SUPPORT = new Pool<Job>().add(executor("Pengemudi", Field.GENERAL, 0, SMA), 3)
		.add(executor("Pramu Kantor", Field.GENERAL, 40, SMA), 3)
		.add(executor("Petugas Kebersihan", Field.GENERAL, 50, SMA), 3)
		.add(executor("Penjaga Malam", Field.GENERAL, 0, SMA), 2)
		.add(executor("Tenaga Administrasi", Field.GENERAL, 60, SMA, D3, S1), 4)
		.add(executor("Operator Komputer", Field.IT, 50, SMA, D3), 2);

	private static final Pool<Job> SCHOOL_SUPPORT = new Pool<Job>()
		.add(executor("Guru Tidak Tetap", Field.EDUCATION, 70, S1), 6)
		.add(executor("Operator Sekolah", Field.IT, 50, SMA, D3), 2)
		.add(executor("Tenaga Administrasi Sekolah", Field.GENERAL, 60, SMA), 2)
		.add(executor("Penjaga Sekolah", Field.GENERAL, 0, SMA), 2);

	private static final Pool<Job> HEALTH_SUPPORT = new Pool<Job>()
		.add(executor("Tenaga Kesehatan Kontrak", Field.NURSING, 75, D3), 4)
		.add(executor("Petugas Pendaftaran", Field.GENERAL, 70, SMA, D3), 2)
		.add(executor("Petugas Kebersihan", Field.GENERAL, 50, SMA), 3)
		.add(executor("Pengemudi Ambulans", Field.GENERAL, 0, SMA), 1)
		.add(executor("Petugas Keamanan", Field.GENERAL, 5, SMA), 1);

	private static final Pool<Job> ORDER_SUPPORT = new Pool<Job>()
		.add(executor("Petugas Ketertiban", Field.GENERAL, 15, SMA), 4)
		.add(executor("Petugas Pemadam Kebakaran", Field.GENERAL, 3, SMA), 2)
		.add(executor("Tenaga Administrasi", Field.GENERAL, 60, SMA), 1);

	private DemoJobs() {
	}

	/** A job for a PNS, CPNS or PPPK of the unit. */
	static Job forCivilServant(Profile profile, Random random) {
		return switch (profile.staffing()) {
			case OFFICE -> office(profile, random);
			case DISTRICT ->
				(random.nextInt(100) < 35) ? DISTRICT_FUNCTIONAL.pick(random) : OFFICE_EXECUTORS.pick(random);
			case PRIMARY_SCHOOL ->
				(random.nextInt(100) < 92) ? PRIMARY_TEACHERS.pick(random) : OFFICE_EXECUTORS.pick(random);
			case JUNIOR_SCHOOL ->
				(random.nextInt(100) < 88) ? JUNIOR_TEACHERS.pick(random) : OFFICE_EXECUTORS.pick(random);
			case HEALTH_CENTRE -> HEALTH_CENTRE.pick(random);
			case HOSPITAL -> HOSPITAL.pick(random);
			case PUBLIC_ORDER -> PUBLIC_ORDER.pick(random);
			case FIRE -> FIRE.pick(random);
		};
	}

	/** A job for part-time PPPK and non-ASN staff (honorer, THL) of the unit. */
	static Job forSupportStaff(Profile profile, Random random) {
		return switch (profile.staffing()) {
			case PRIMARY_SCHOOL, JUNIOR_SCHOOL -> SCHOOL_SUPPORT.pick(random);
			case HEALTH_CENTRE, HOSPITAL -> HEALTH_SUPPORT.pick(random);
			case PUBLIC_ORDER, FIRE -> ORDER_SUPPORT.pick(random);
			case OFFICE, DISTRICT -> OFFICE_SUPPORT.pick(random);
		};
	}

	private static Job office(Profile profile, Random random) {
		int draw = random.nextInt(100);
		if (draw < 35 && !profile.specialists().isEmpty()) {
			return profile.specialists().get(random.nextInt(profile.specialists().size()));
		}
		if (draw < 55) {
			return OFFICE_FUNCTIONAL.pick(random);
		}
		return OFFICE_EXECUTORS.pick(random);
	}

}
