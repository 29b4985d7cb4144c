package id.siapel.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.siapel.demo.DemoJobs.Profile;
import id.siapel.demo.DemoJobs.Staffing;
import id.siapel.demo.DemoTitles.Field;
import id.siapel.demo.DemoUnit.HeadPost;
import id.siapel.employee.Echelon;
import id.siapel.organization.UnitKind;
import id.siapel.organization.WorkPattern;

import static id.siapel.demo.DemoJobs.functional;
import static id.siapel.demo.DemoTitles.Education.D3;
import static id.siapel.demo.DemoTitles.Education.S1;
import static id.siapel.demo.DemoTitles.Education.S2;
import static id.siapel.demo.DemoTitles.Education.SMA;

/**
 * The unit tree of the fictional Kabupaten Sukamaju (regulation.md §8, after PP 18/2016):
 * the Pemda, 40 OPDs (Sekretariat Daerah with its Asisten and Bagian, Sekretariat DPRD,
 * Inspektorat, 21 dinas including Satpol PP, 6 badan, RSUD, 9 kecamatan), each with a
 * sekretariat and bidang, bagian or seksi; kelurahan under some kecamatan, UPTD Puskesmas
 * under Dinas Kesehatan and schools under Dinas Pendidikan. The numbers of schools and
 * puskesmas grow with the regency, as they do in real ones.
 * <p>
 * Weights are the share of staff per mille of the regency: schools, health and the RSUD
 * employ most civil servants of a kabupaten; a small badan has a dozen.
 */
final class SukamajuUnits {

	static final String ROOT = "SUKAMAJU";

	/** Sekretariat Daerah, headed by the Sekda. */
	static final String SECRETARIAT = "SETDA";

	/** The kecamatan (regulation.md §8) and the kelurahan below some of them. */
	static final List<District> DISTRICTS = List.of(
			District.of("Sukamaju Kota", 14, "Sukamaju", "Pasar Baru", "Tanjungsari"),
			District.of("Cibening", 9, "Cibening"), District.of("Karanganyar Lor", 10, "Karanganyar"),
			District.of("Wonorejo", 10, "Wonorejo"), District.of("Tirtamulya", 9), District.of("Gunungsari", 8),
			District.of("Pesisir Kidul", 8), District.of("Mekarjaya", 9), District.of("Sumberagung", 8));

	/** Desa and neighbourhoods that name schools and puskesmas beyond the kecamatan. */
	private static final List<String> PLACES = List.of("Sidomulyo", "Margahayu", "Tanjungrejo", "Sukaraja",
			"Karangsari", "Ciherang", "Mulyorejo", "Bojongsari", "Purwosari", "Sindangsari", "Kertajaya", "Sumbersari",
			"Rejosari", "Mekarsari", "Jatimulyo", "Sukadana", "Tegalrejo", "Banjarsari", "Pagerwangi", "Sidodadi",
			"Wanasari", "Sukasari", "Tambakrejo", "Cikalong", "Ngawen", "Kedungsari", "Sukamulya", "Gunungjati");

	/** Staff of a school, and of a puskesmas, in an average regency. */
	private static final int STAFF_PER_SCHOOL = 30;

	private static final int STAFF_PER_HEALTH_CENTRE = 60;

	private static final double EDUCATION_SHARE = 0.300;

	private static final double HEALTH_SHARE = 0.130;

	private final List<DemoUnit> units = new ArrayList<>();

	private final int employees;

	private SukamajuUnits(int employees) {
		this.employees = employees;
	}

	/** Root first, every parent before its children. */
	static List<DemoUnit> forRegencyOf(int employees) {
		SukamajuUnits tree = new SukamajuUnits(employees);
		tree.build();
		return List.copyOf(tree.units);
	}

	private void build() {
		this.units.add(new DemoUnit(ROOT, "Pemerintah Kabupaten Sukamaju", UnitKind.REGION, null, WorkPattern.FIVE_DAY,
				0, null, Profile.office(Field.GOVERNMENT)));
		secretariat();
		opd("SETWAN", "Sekretariat DPRD", UnitKind.SECRETARIAT, 16, "Sekretaris DPRD",
				Profile.office(Field.LAW, functional("Perancang Peraturan Perundang-undangan", Field.LAW, 50, S1),
						functional("Analis Kebijakan", Field.GOVERNMENT, 45, S1, S2)),
				"Bagian", "UMUM:Umum dan Keuangan", "SIDANG:Persidangan dan Perundang-undangan",
				"FASILITASI:Fasilitasi Penganggaran dan Pengawasan");
		inspectorate();
		education();
		health();
		dinas("DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang", 24,
				Profile.office(Field.ENGINEERING,
						functional("Teknik Jalan dan Jembatan", Field.ENGINEERING, 20, D3, S1),
						functional("Teknik Pengairan", Field.ENGINEERING, 20, D3, S1),
						functional("Penata Ruang", Field.ENGINEERING, 40, S1)),
				"BM:Bina Marga", "SDA:Sumber Daya Air", "TARU:Penataan Ruang");
		dinas("DISPERKIM", "Dinas Perumahan Rakyat dan Kawasan Permukiman", 10,
				Profile.office(Field.ENGINEERING,
						functional("Teknik Tata Bangunan dan Perumahan", Field.ENGINEERING, 30, D3, S1)),
				"PERUMAHAN:Perumahan", "KAWASAN:Kawasan Permukiman");
		publicOrder();
		dinas("DINSOS", "Dinas Sosial", 11,
				Profile.office(Field.SOCIAL, functional("Pekerja Sosial", Field.SOCIAL, 60, S1),
						functional("Penyuluh Sosial", Field.SOCIAL, 55, S1)),
				"REHSOS:Rehabilitasi Sosial", "LINJAMSOS:Perlindungan dan Jaminan Sosial");
		dinas("DISNAKERTRANS", "Dinas Tenaga Kerja dan Transmigrasi", 9,
				Profile.office(Field.LAW, functional("Mediator Hubungan Industrial", Field.LAW, 40, S1),
						functional("Pengantar Kerja", Field.SOCIAL, 50, S1)),
				"HI:Hubungan Industrial", "PENTA:Penempatan Tenaga Kerja dan Transmigrasi");
		dinas("DP3AKB", "Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana", 14,
				Profile.office(Field.SOCIAL, functional("Penyuluh Keluarga Berencana", Field.PUBLIC_HEALTH, 70, D3, S1),
						functional("Analis Kebijakan", Field.SOCIAL, 60, S1)),
				"PPA:Perlindungan Perempuan dan Anak", "KB:Keluarga Berencana");
		dinas("DKP", "Dinas Ketahanan Pangan", 8,
				Profile.office(Field.AGRICULTURE, functional("Analis Ketahanan Pangan", Field.AGRICULTURE, 50, S1),
						functional("Pengawas Mutu Hasil Pertanian", Field.AGRICULTURE, 45, D3, S1)),
				"PANGAN:Ketersediaan dan Distribusi Pangan");
		dinas("DLH", "Dinas Lingkungan Hidup", 20,
				Profile.office(Field.ENVIRONMENTAL_HEALTH,
						functional("Pengendali Dampak Lingkungan", Field.ENGINEERING, 45, S1),
						functional("Pengawas Lingkungan Hidup", Field.ENVIRONMENTAL_HEALTH, 45, S1)),
				"SAMPAH:Pengelolaan Sampah", "PENCEMARAN:Pengendalian Pencemaran",
				"RTH:Pertamanan dan Ruang Terbuka Hijau");
		dinas("DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", 13,
				Profile.office(Field.GOVERNMENT,
						functional("Administrator Database Kependudukan", Field.IT, 45, D3, S1),
						functional("Pranata Komputer", Field.IT, 40, D3, S1)),
				"DAFDUK:Pelayanan Pendaftaran Penduduk", "CAPIL:Pelayanan Pencatatan Sipil");
		dinas("DPMD", "Dinas Pemberdayaan Masyarakat dan Desa", 9,
				Profile.office(Field.SOCIAL, functional("Penggerak Swadaya Masyarakat", Field.SOCIAL, 40, S1)),
				"PEMDES:Pemerintahan Desa");
		dinas("DISHUB", "Dinas Perhubungan", 14,
				Profile.office(Field.ENGINEERING, functional("Penguji Kendaraan Bermotor", Field.ENGINEERING, 10, D3),
						functional("Asisten Inspektur Transportasi", Field.ENGINEERING, 20, D3, S1)),
				"LLAJ:Lalu Lintas dan Angkutan", "PKB:Pengujian Kendaraan Bermotor");
		dinas("DISKOMINFO", "Dinas Komunikasi dan Informatika", 10,
				Profile.office(Field.IT, functional("Pranata Komputer", Field.IT, 35, D3, S1),
						functional("Pranata Hubungan Masyarakat", Field.SOCIAL, 55, S1),
						functional("Statistisi", Field.ECONOMY, 50, S1), functional("Sandiman", Field.IT, 30, D3, S1)),
				"APTIKA:Aplikasi Informatika", "IKP:Informasi dan Komunikasi Publik",
				"STATSAN:Statistik dan Persandian");
		dinas("DISKOPUKM", "Dinas Koperasi, Usaha Kecil dan Menengah", 7,
				Profile.office(Field.ECONOMY, functional("Pengawas Koperasi", Field.ECONOMY, 50, S1)), "KOP:Koperasi");
		dinas("DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", 9,
				Profile.office(Field.LAW, functional("Analis Kebijakan", Field.LAW, 50, S1)),
				"PERIZINAN:Pelayanan Perizinan", "PM:Penanaman Modal");
		dinas("DISPORAPAR", "Dinas Kepemudaan, Olahraga dan Pariwisata", 9,
				Profile.office(Field.SOCIAL,
						functional("Adyatama Kepariwisataan dan Ekonomi Kreatif", Field.ECONOMY, 55, S1)),
				"PAR:Pariwisata", "PORA:Kepemudaan dan Olahraga");
		dinas("DISPUSIP", "Dinas Perpustakaan dan Kearsipan", 8, Profile.office(Field.SOCIAL,
				functional("Pustakawan", Field.SOCIAL, 65, D3, S1), functional("Arsiparis", Field.SOCIAL, 60, D3, S1)),
				"PUSTAKA:Perpustakaan", "ARSIP:Kearsipan");
		dinas("DISKAN", "Dinas Perikanan", 9,
				Profile.office(Field.FISHERY, functional("Penyuluh Perikanan", Field.FISHERY, 30, D3, S1),
						functional("Pengendali Hama dan Penyakit Ikan", Field.FISHERY, 35, S1)),
				"BUDIDAYA:Perikanan Budidaya", "TANGKAP:Perikanan Tangkap");
		dinas("DISTANBUN", "Dinas Pertanian dan Perkebunan", 26,
				Profile.office(Field.AGRICULTURE, functional("Penyuluh Pertanian", Field.AGRICULTURE, 35, D3, S1, S1),
						functional("Pengendali Organisme Pengganggu Tumbuhan", Field.AGRICULTURE, 35, D3, S1)),
				"TPH:Tanaman Pangan dan Hortikultura", "BUN:Perkebunan", "LUH:Penyuluhan");
		dinas("DISPERINDAG", "Dinas Perindustrian dan Perdagangan", 10,
				Profile.office(Field.ECONOMY, functional("Pengawas Perdagangan", Field.ECONOMY, 45, S1),
						functional("Penera", Field.ENGINEERING, 25, D3, S1)),
				"DAG:Perdagangan", "IND:Perindustrian", "METRO:Metrologi Legal");
		badan("BAPPERIDA", "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah", 11,
				Profile.office(Field.ECONOMY, functional("Perencana", Field.ECONOMY, 50, S1, S2)),
				"PPE:Perencanaan, Pengendalian dan Evaluasi", "RISNOV:Riset dan Inovasi",
				"EKOINFRA:Perekonomian dan Infrastruktur");
		badan("BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah", 17,
				Profile.office(Field.ECONOMY, functional("Analis Keuangan Pusat dan Daerah", Field.ECONOMY, 60, S1),
						functional("Penata Laksana Barang", Field.ECONOMY, 45, D3, S1)),
				"ANGGARAN:Anggaran", "PERBEN:Perbendaharaan", "ASET:Aset");
		badan("BAPENDA", "Badan Pendapatan Daerah", 14,
				Profile.office(Field.ECONOMY, functional("Analis Keuangan Pusat dan Daerah", Field.ECONOMY, 55, S1)),
				"PENDATAAN:Pendataan dan Penetapan", "PENAGIHAN:Penagihan dan Keberatan");
		badan("BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", 13,
				Profile.office(Field.GOVERNMENT,
						functional("Analis Sumber Daya Manusia Aparatur", Field.GOVERNMENT, 60, S1, S2),
						functional("Asesor Sumber Daya Manusia Aparatur", Field.SOCIAL, 55, S1, S2),
						functional("Pranata Komputer", Field.IT, 35, D3, S1)),
				"MUTASI:Mutasi dan Promosi", "BANGKOM:Pengembangan Kompetensi",
				"PPI:Pengadaan, Pemberhentian dan Informasi");
		badanOfPattern("BPBD", "Badan Penanggulangan Bencana Daerah", WorkPattern.SIX_DAY, 9,
				Profile.office(Field.GENERAL, functional("Penata Penanggulangan Bencana", Field.GENERAL, 25, D3, S1)),
				"DARLOG:Kedaruratan dan Logistik", "PK:Pencegahan dan Kesiapsiagaan");
		badan("KESBANGPOL", "Badan Kesatuan Bangsa dan Politik", 6,
				Profile.office(Field.GOVERNMENT, functional("Analis Kebijakan", Field.GOVERNMENT, 40, S1)),
				"POLDAGRI:Politik Dalam Negeri dan Organisasi Kemasyarakatan");
		hospital();
		for (District district : DISTRICTS) {
			district(district);
		}
	}

	private void secretariat() {
		Profile profile = Profile.office(Field.GOVERNMENT,
				functional("Perancang Peraturan Perundang-undangan", Field.LAW, 50, S1),
				functional("Pengelola Pengadaan Barang/Jasa", Field.ECONOMY, 40, S1),
				functional("Analis Kebijakan", Field.GOVERNMENT, 45, S1, S2));
		add(SECRETARIAT, "Sekretariat Daerah", UnitKind.SECRETARIAT, ROOT, WorkPattern.FIVE_DAY, 9,
				HeadPost.structural("Sekretaris Daerah", Echelon.II), profile);
		String[][] assistants = {
				{ "ASPEMKESRA", "Asisten Pemerintahan dan Kesejahteraan Rakyat", "TAPEM", "Tata Pemerintahan", "KESRA",
						"Kesejahteraan Rakyat", "HUKUM", "Hukum" },
				{ "ASEKBANG", "Asisten Perekonomian dan Pembangunan", "PSDA", "Perekonomian dan Sumber Daya Alam",
						"ADBANG", "Administrasi Pembangunan", "PBJ", "Pengadaan Barang dan Jasa" },
				{ "ASADMUM", "Asisten Administrasi Umum", "ORGANISASI", "Organisasi", "UMUM", "Umum", "PROKOMPIM",
						"Protokol dan Komunikasi Pimpinan" } };
		for (String[] assistant : assistants) {
			String code = "SETDA-" + assistant[0];
			add(code, assistant[1], UnitKind.DIVISION, "SETDA", WorkPattern.FIVE_DAY, 1.5,
					HeadPost.structural(assistant[1], Echelon.II), profile);
			for (int i = 2; i < assistant.length; i += 2) {
				add("SETDA-" + assistant[i], "Bagian " + assistant[i + 1], UnitKind.DIVISION, code,
						WorkPattern.FIVE_DAY, 3.5,
						HeadPost.structural("Kepala Bagian " + assistant[i + 1], Echelon.III), profile);
			}
		}
	}

	private void inspectorate() {
		Profile profile = Profile.office(Field.ECONOMY, functional("Auditor", Field.ECONOMY, 50, S1, S1, S2),
				functional("Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah", Field.GOVERNMENT, 45, S1, S2));
		add("INSPEKTORAT", "Inspektorat Daerah", UnitKind.INSPECTORATE, ROOT, WorkPattern.FIVE_DAY, 3,
				HeadPost.structural("Inspektur Daerah", Echelon.II), profile);
		add("INSPEKTORAT-SEKRE", "Sekretariat Inspektorat", UnitKind.DIVISION, "INSPEKTORAT", WorkPattern.FIVE_DAY, 3,
				HeadPost.structural("Sekretaris Inspektorat", Echelon.III), profile);
		for (String number : List.of("I", "II", "III")) {
			add("INSPEKTORAT-IRBAN" + number, "Inspektorat Pembantu Wilayah " + number, UnitKind.DIVISION,
					"INSPEKTORAT", WorkPattern.FIVE_DAY, 2.7,
					HeadPost.structural("Inspektur Pembantu Wilayah " + number, Echelon.III), profile);
		}
	}

	private void education() {
		Profile office = Profile.office(Field.EDUCATION, functional("Pengawas Sekolah", Field.EDUCATION, 50, S1, S2),
				functional("Pamong Budaya", Field.SOCIAL, 45, S1));
		double weight = EDUCATION_SHARE * 1000;
		String code = "DISDIKBUD";
		add(code, "Dinas Pendidikan dan Kebudayaan", UnitKind.AGENCY, ROOT, WorkPattern.FIVE_DAY, weight * 0.05,
				HeadPost.structural("Kepala Dinas Pendidikan dan Kebudayaan", Echelon.II), office);
		subUnits(code, "Bidang", weight * 0.07, office, "PSD:Pembinaan Sekolah Dasar",
				"PSMP:Pembinaan Sekolah Menengah Pertama", "BUD:Kebudayaan");
		int schools = Math.max(4, (int) Math.round(this.employees * EDUCATION_SHARE * 0.88 / STAFF_PER_SCHOOL));
		int junior = Math.max(1, schools / 4);
		double each = weight * 0.88 / (schools - junior + junior * 1.5);
		for (int i = 0; i < schools; i++) {
			boolean isJunior = i % 4 == 3;
			int seq = isJunior ? i / 4 : i - i / 4;
			String place = place(seq);
			int number = seq / placesCount() + 1;
			String name = (isJunior ? "SMP Negeri " : "SD Negeri ") + number + " " + place;
			String schoolCode = (isJunior ? "SMPN" : "SDN") + number + "-" + codeOf(place);
			add(schoolCode, name, UnitKind.SCHOOL, code, isJunior ? WorkPattern.FIVE_DAY : WorkPattern.SIX_DAY,
					isJunior ? each * 1.5 : each, HeadPost.functional("Kepala " + name),
					Profile.of(isJunior ? Staffing.JUNIOR_SCHOOL : Staffing.PRIMARY_SCHOOL, Field.EDUCATION));
		}
	}

	private void health() {
		Profile office = Profile.office(Field.PUBLIC_HEALTH,
				functional("Epidemiolog Kesehatan", Field.PUBLIC_HEALTH, 55, S1, S2),
				functional("Administrator Kesehatan", Field.PUBLIC_HEALTH, 60, S1, S2),
				functional("Penyuluh Kesehatan Masyarakat", Field.PUBLIC_HEALTH, 65, S1));
		double weight = HEALTH_SHARE * 1000;
		String code = "DINKES";
		add(code, "Dinas Kesehatan", UnitKind.AGENCY, ROOT, WorkPattern.FIVE_DAY, weight * 0.07,
				HeadPost.structural("Kepala Dinas Kesehatan", Echelon.II), office);
		subUnits(code, "Bidang", weight * 0.11, office, "KESMAS:Kesehatan Masyarakat",
				"P2P:Pencegahan dan Pengendalian Penyakit", "YANKES:Pelayanan dan Sumber Daya Kesehatan");
		int centres = Math.max(DISTRICTS.size(),
				(int) Math.round(this.employees * HEALTH_SHARE * 0.82 / STAFF_PER_HEALTH_CENTRE));
		for (int i = 0; i < centres; i++) {
			String place = (i < DISTRICTS.size()) ? DISTRICTS.get(i).name() : extraPlace(i - DISTRICTS.size());
			String name = "UPTD Puskesmas " + place;
			add("PKM-" + codeOf(place), name, UnitKind.TECHNICAL_UNIT, code, WorkPattern.SIX_DAY,
					weight * 0.82 / centres, HeadPost.structural("Kepala " + name, Echelon.IV),
					Profile.of(Staffing.HEALTH_CENTRE, Field.PUBLIC_HEALTH));
		}
	}

	private void publicOrder() {
		Profile order = Profile.of(Staffing.PUBLIC_ORDER, Field.GOVERNMENT);
		String code = "SATPOLPP";
		add(code, "Satuan Polisi Pamong Praja", UnitKind.OTHER, ROOT, WorkPattern.SIX_DAY, 9,
				HeadPost.structural("Kepala Satuan Polisi Pamong Praja", Echelon.II), order);
		add(code + "-SEKRE", "Sekretariat Satuan Polisi Pamong Praja", UnitKind.DIVISION, code, WorkPattern.FIVE_DAY, 4,
				HeadPost.structural("Sekretaris Satuan Polisi Pamong Praja", Echelon.III),
				Profile.office(Field.GOVERNMENT));
		add(code + "-GAKDA", "Bidang Penegakan Peraturan Daerah", UnitKind.DIVISION, code, WorkPattern.SIX_DAY, 7,
				HeadPost.structural("Kepala Bidang Penegakan Peraturan Daerah", Echelon.III), order);
		add(code + "-TRANTIB", "Bidang Ketertiban Umum dan Ketenteraman Masyarakat", UnitKind.DIVISION, code,
				WorkPattern.SIX_DAY, 8,
				HeadPost.structural("Kepala Bidang Ketertiban Umum dan Ketenteraman Masyarakat", Echelon.III), order);
		add(code + "-DAMKAR", "Bidang Pemadam Kebakaran dan Penyelamatan", UnitKind.DIVISION, code, WorkPattern.SIX_DAY,
				9, HeadPost.structural("Kepala Bidang Pemadam Kebakaran dan Penyelamatan", Echelon.III),
				Profile.of(Staffing.FIRE, Field.ENGINEERING));
	}

	private void hospital() {
		Profile hospital = Profile.of(Staffing.HOSPITAL, Field.MEDICINE);
		String code = "RSUD";
		add(code, "Rumah Sakit Umum Daerah Sukamaju", UnitKind.HOSPITAL, ROOT, WorkPattern.SIX_DAY, 40,
				HeadPost.structural("Direktur RSUD Sukamaju", Echelon.II), hospital);
		add(code + "-TU", "Bagian Tata Usaha", UnitKind.DIVISION, code, WorkPattern.FIVE_DAY, 9,
				HeadPost.structural("Kepala Bagian Tata Usaha", Echelon.III), Profile.office(Field.ECONOMY));
		add(code + "-YANMED", "Bidang Pelayanan Medik", UnitKind.DIVISION, code, WorkPattern.SIX_DAY, 22,
				HeadPost.structural("Kepala Bidang Pelayanan Medik", Echelon.III), hospital);
		add(code + "-KEPERAWATAN", "Bidang Keperawatan", UnitKind.DIVISION, code, WorkPattern.SIX_DAY, 30,
				HeadPost.structural("Kepala Bidang Keperawatan", Echelon.III),
				Profile.of(Staffing.HOSPITAL, Field.NURSING));
		add(code + "-PENUNJANG", "Bidang Penunjang Medik", UnitKind.DIVISION, code, WorkPattern.SIX_DAY, 9,
				HeadPost.structural("Kepala Bidang Penunjang Medik", Echelon.III), hospital);
	}

	private void district(District district) {
		Profile profile = Profile.of(Staffing.DISTRICT, Field.CIVIL_SERVICE_SCHOOL);
		String code = "KEC-" + codeOf(district.name());
		double kelurahan = district.kelurahan().isEmpty() ? 0 : 2.5 * district.kelurahan().size();
		double office = district.weight() - kelurahan;
		add(code, "Kecamatan " + district.name(), UnitKind.DISTRICT, ROOT, WorkPattern.FIVE_DAY, office * 0.4,
				HeadPost.structural("Camat " + district.name(), Echelon.III), profile);
		add(code + "-SEKRE", "Sekretariat Kecamatan " + district.name(), UnitKind.DIVISION, code, WorkPattern.FIVE_DAY,
				office * 0.2, HeadPost.structural("Sekretaris Kecamatan " + district.name(), Echelon.III), profile);
		List<String> sections = List.of("PEM:Pemerintahan", "YANUM:Pelayanan Umum", "PMD:Pemberdayaan Masyarakat");
		// Smaller kecamatan merge sections, as their organisation charts do.
		int count = (district.weight() >= 10) ? 3 : 2;
		for (String section : sections.subList(0, count)) {
			String[] parts = section.split(":");
			String name = "Seksi " + parts[1] + " Kecamatan " + district.name();
			add(code + "-" + parts[0], name, UnitKind.DIVISION, code, WorkPattern.FIVE_DAY, office * 0.4 / count,
					HeadPost.structural("Kepala " + name, Echelon.IV), profile);
		}
		for (String name : district.kelurahan()) {
			add("KEL-" + codeOf(name), "Kelurahan " + name, UnitKind.SUBDISTRICT, code, WorkPattern.FIVE_DAY, 2.5,
					HeadPost.structural("Lurah " + name, Echelon.IV), profile);
		}
	}

	private void dinas(String code, String name, double weight, Profile profile, String... bidang) {
		opd(code, name, UnitKind.AGENCY, weight, "Kepala " + name, profile, "Bidang", bidang);
	}

	private void badan(String code, String name, double weight, Profile profile, String... bidang) {
		badanOfPattern(code, name, WorkPattern.FIVE_DAY, weight, profile, bidang);
	}

	private void badanOfPattern(String code, String name, WorkPattern pattern, double weight, Profile profile,
			String... bidang) {
		add(code, name, UnitKind.BOARD, ROOT, pattern, weight * 0.3, HeadPost.structural("Kepala " + name, Echelon.II),
				profile);
		subUnits(code, "Bidang", weight * 0.7, profile, bidang);
	}

	/** An OPD whose own office holds 30% of its staff and its sub-units the rest. */
	private void opd(String code, String name, UnitKind kind, double weight, String headPosition, Profile profile,
			String subUnitKind, String... subUnits) {
		add(code, name, kind, ROOT, WorkPattern.FIVE_DAY, weight * 0.3, HeadPost.structural(headPosition, Echelon.II),
				profile);
		if (kind == UnitKind.AGENCY) {
			subUnits(code, subUnitKind, weight * 0.7, profile, subUnits);
		}
		else {
			for (String subUnit : subUnits) {
				String[] parts = subUnit.split(":");
				add(code + "-" + parts[0], subUnitKind + " " + parts[1], UnitKind.DIVISION, code, WorkPattern.FIVE_DAY,
						weight * 0.7 / subUnits.length,
						HeadPost.structural("Kepala " + subUnitKind + " " + parts[1], Echelon.III), profile);
			}
		}
	}

	/** The sekretariat and the bidang of a dinas or badan, sharing {@code weight}. */
	private void subUnits(String parent, String subUnitKind, double weight, Profile profile, String... subUnits) {
		double each = weight / (subUnits.length + 1);
		// Named after the OPD: the employee list shows a unit by its name alone.
		String opdName = this.units.stream()
			.filter((unit) -> unit.code().equals(parent))
			.findFirst()
			.orElseThrow()
			.name();
		add(parent + "-SEKRE", "Sekretariat " + opdName, UnitKind.DIVISION, parent, WorkPattern.FIVE_DAY, each,
				HeadPost.structural("Sekretaris " + opdName, Echelon.III), profile);
		for (String subUnit : subUnits) {
			String[] parts = subUnit.split(":");
			add(parent + "-" + parts[0], subUnitKind + " " + parts[1], UnitKind.DIVISION, parent, WorkPattern.FIVE_DAY,
					each, HeadPost.structural("Kepala " + subUnitKind + " " + parts[1], Echelon.III), profile);
		}
	}

	private void add(String code, String name, UnitKind kind, String parent, WorkPattern pattern, double weight,
			HeadPost head, Profile profile) {
		this.units.add(new DemoUnit(code, name, kind, parent, pattern, weight, head, profile));
	}

	/** Kecamatan first, then desa, for naming the n-th school or puskesmas. */
	private static String place(int index) {
		int places = placesCount();
		int i = index % places;
		return (i < DISTRICTS.size()) ? DISTRICTS.get(i).name() : PLACES.get(i - DISTRICTS.size());
	}

	/** Desa only, numbered once they run out: "Sidomulyo", …, "Sidomulyo 2". */
	private static String extraPlace(int index) {
		int round = index / PLACES.size();
		return PLACES.get(index % PLACES.size()) + ((round > 0) ? " " + (round + 1) : "");
	}

	private static int placesCount() {
		return DISTRICTS.size() + PLACES.size();
	}

	/** "Karanganyar Lor" → "KARANGANYAR-LOR". */
	static String codeOf(String place) {
		return place.toUpperCase(Locale.ROOT).replace(' ', '-');
	}

	/**
	 * A kecamatan of the demo regency.
	 *
	 * @param name its name (without "Kecamatan")
	 * @param weight its share of staff per mille, kelurahan included
	 * @param kelurahan the kelurahan below it (the rest of it is desa, whose staff are
	 * not ASN)
	 */
	record District(String name, double weight, List<String> kelurahan) {

		static District of(String name, double weight, String... kelurahan) {
			return new District(name, weight, List.of(kelurahan));
		}

	}

}
