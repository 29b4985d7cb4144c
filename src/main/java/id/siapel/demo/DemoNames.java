package id.siapel.demo;

import java.util.List;
import java.util.Random;

import id.siapel.employee.Sex;

/**
 * Plausible Indonesian names for a regency in Java with staff from elsewhere: Javanese
 * and Sundanese above all, then Malay and Minang, Batak, Bugis, Christian names from
 * Manado, Maluku and Flores, Balinese and Chinese-Indonesian names; single names (common
 * among older Javanese) too. Every given name belongs to one sex, so the name agrees with
 * the sex digit of the NIP; the haji titles H. and Hj. go to some older Muslims.
 */
final class DemoNames {

	private enum Group {

		JAVANESE(true, 0.15,
				List.of("Agus", "Bambang", "Budi", "Joko", "Slamet", "Sugeng", "Wahyu", "Heru", "Eko", "Dwi", "Teguh",
						"Hadi", "Arif", "Bayu", "Dimas", "Aditya", "Rizky", "Fajar", "Yusuf", "Imam", "Tri", "Dedi",
						"Puguh", "Galih", "Wisnu", "Anang", "Rudi", "Hari", "Bagus", "Sigit"),
				List.of("Santoso", "Prasetyo", "Nugroho", "Wibowo", "Setiawan", "Gunawan", "Haryanto", "Susilo",
						"Purnomo", "Sutrisno", "Hidayat", "Kurniawan", "Saputro", "Pamungkas", "Riyadi", "Wicaksono",
						"Utomo", "Cahyono", "Widodo", "Handoko", "Subekti", "Hartono"),
				List.of("Suparman", "Sugiyono", "Sumarno", "Sukardi", "Mulyono", "Suwarno", "Paimin", "Sarjono"),
				List.of("Sri", "Siti", "Endang", "Ratna", "Dewi", "Puji", "Indah", "Eka", "Fitri", "Ayu", "Retno",
						"Kartika", "Widya", "Yuliana", "Dyah", "Novi", "Rina", "Wulan", "Anik", "Tri", "Erna", "Lusi",
						"Sekar", "Ning"),
				List.of("Wahyuni", "Rahayu", "Lestari", "Sulistyowati", "Suryani", "Ningsih", "Handayani", "Astuti",
						"Utami", "Purwanti", "Wulandari", "Setyaningsih", "Susanti", "Kusumawati", "Mulyani",
						"Rahmawati", "Pratiwi", "Anggraeni"),
				List.of("Sumarni", "Sukarti", "Tukiyem", "Suyatmi", "Partini", "Sumiyati")),
		SUNDANESE(true, 0.05,
				List.of("Asep", "Ujang", "Dadang", "Cecep", "Deden", "Engkus", "Iwan", "Yayan", "Ridwan", "Wawan",
						"Hendra", "Dodi", "Agus", "Yusuf", "Rahmat", "Endang", "Dani", "Aceng"),
				List.of("Sunarya", "Suryana", "Permana", "Hidayat", "Kusnadi", "Saepudin", "Rukmana", "Kurniawan",
						"Sobari", "Setiadi", "Hermawan", "Ramdani", "Firmansyah", "Gumilar", "Sopandi"),
				List.of("Suhendar", "Karna", "Odang"),
				List.of("Euis", "Neng", "Iis", "Yuyun", "Cucu", "Nining", "Lilis", "Imas", "Tati", "Rina", "Nenden",
						"Yanti", "Siti", "Dewi", "Rini", "Teti"),
				List.of("Suhartini", "Rosita", "Nurhayati", "Komalasari", "Rahmawati", "Herawati", "Mulyani",
						"Kurniasih", "Sumiati", "Fatimah", "Rohayati", "Nurjanah"),
				List.of("Oom", "Iyam", "Entin")),
		MALAY(true, 0.05,
				List.of("Muhammad", "Ahmad", "Ilham", "Firdaus", "Hendri", "Zulkifli", "Syahrul", "Fadli", "Irwan",
						"Rahmat", "Rizal", "Yusri", "Fauzi", "Azhar", "Hafiz", "Reza", "Andika"),
				List.of("Syahputra", "Pratama", "Saputra", "Hakim", "Rasyid", "Fauzan", "Ramadhan", "Iskandar",
						"Harahap", "Nasution", "Lubis", "Efendi", "Syaputra"),
				List.of("Syamsuddin", "Zainal"),
				List.of("Nurul", "Siti", "Fatimah", "Rahmah", "Zahra", "Yulia", "Dian", "Putri", "Nadia", "Rini",
						"Aisyah", "Mutiara", "Rahma", "Laila"),
				List.of("Rahmadani", "Safitri", "Anggraini", "Maharani", "Permatasari", "Ramadhani", "Oktaviani",
						"Hidayah", "Khairunnisa", "Syafitri", "Aulia"),
				List.of("Rosnah", "Zubaidah")),
		BATAK(false, 0.0,
				List.of("Johannes", "Roy", "Hotman", "Martua", "Parulian", "Sahat", "Tigor", "Benny", "Robert",
						"Daniel", "Frans", "Jonni", "Ronald", "Rudolf"),
				List.of("Simanjuntak", "Siregar", "Hutapea", "Sitorus", "Simatupang", "Panjaitan", "Sinaga",
						"Situmorang", "Pardede", "Manurung", "Tampubolon", "Sihombing", "Hutagalung", "Silalahi"),
				List.of(),
				List.of("Rosmawati", "Lince", "Tiurma", "Maria", "Ruth", "Debora", "Ester", "Sondang", "Rotua", "Tetty",
						"Melva"),
				List.of("Simanjuntak", "Siregar", "Hutapea", "Sitorus", "Simatupang", "Panjaitan", "Sinaga",
						"Situmorang", "Pardede", "Manurung", "Tampubolon", "Sihombing", "Hutagalung", "Silalahi"),
				List.of()),
		BUGIS(true, 0.05,
				List.of("Andi Muhammad", "Muhammad", "Syamsul", "Jusman", "Basri", "Arham", "Rusdi", "Ansar", "Ilyas",
						"Andi", "Hasanuddin", "Mustafa", "Syahrir"),
				List.of("Amiruddin", "Saifuddin", "Jamaluddin", "Arsyad", "Yusuf", "Rahman", "Alimuddin", "Nasrun",
						"Baharuddin", "Syarifuddin"),
				List.of("Jumadi", "Rustam"),
				List.of("Andi", "Sitti", "Hasnawati", "Nurhaedah", "Haslinda", "Rismawati", "Nurjannah", "Hasriani",
						"Sitti Nur"),
				List.of("Rahmawati", "Hasnah", "Ramlah", "Syamsiah", "Arfah", "Halijah", "Nurhayati", "Nurmala"),
				List.of("Hasnah", "Jumriah")),
		CHRISTIAN(false, 0.0,
				List.of("Yohanes", "Petrus", "Paulus", "Stefanus", "Fransiskus", "Yosef", "Markus", "Agustinus",
						"Antonius", "Michael", "Christian", "Gregorius", "Hendrik", "Alfons"),
				List.of("Pangemanan", "Wowor", "Lumenta", "Rumengan", "Sumual", "Mandagi", "Pattiasina", "Tuhumury",
						"Leimena", "Parera", "da Costa", "Wenas", "Sahetapy", "Manuhutu"),
				List.of(),
				List.of("Maria", "Theresia", "Agustina", "Yohana", "Magdalena", "Veronika", "Elisabeth", "Natalia",
						"Kristina", "Margaretha", "Yuliana", "Fransiska"),
				List.of("Pangemanan", "Wowor", "Lumenta", "Rumengan", "Sumual", "Mandagi", "Pattiasina", "Tuhumury",
						"Leimena", "Parera", "da Costa", "Wenas", "Sahetapy", "Manuhutu"),
				List.of()),
		BALINESE(false, 0.0,
				List.of("I Made", "I Wayan", "I Nyoman", "I Ketut", "I Gede", "I Putu", "I Komang", "I Kadek"),
				List.of("Sudarsana", "Suarjana", "Arsana", "Wirawan", "Mahendra", "Suardika", "Artawan", "Adnyana",
						"Sukadana", "Widiarta"),
				List.of(),
				List.of("Ni Luh", "Ni Made", "Ni Wayan", "Ni Nyoman", "Ni Ketut", "Ni Putu", "Ni Komang", "Ni Kadek"),
				List.of("Ariani", "Suartini", "Sukmawati", "Puspitasari", "Sriasih", "Widiastuti", "Darmayanti",
						"Anggreni"),
				List.of()),
		CHINESE_INDONESIAN(false, 0.0,
				List.of("Hendra", "Susanto", "Rudy", "Budi", "Andreas", "Yohan", "Kevin", "Wilson", "Johan"),
				List.of("Wijaya", "Halim", "Gunawan", "Tanuwijaya", "Salim", "Kusuma", "Hartanto", "Setiadi", "Santoso",
						"Tjahjadi"),
				List.of(), List.of("Lina", "Lili", "Yuliana", "Meliana", "Susi", "Stefani", "Vivian", "Lidya", "Cindy"),
				List.of("Wijaya", "Halim", "Gunawan", "Tanuwijaya", "Salim", "Kusuma", "Hartanto", "Setiadi",
						"Tjahjadi"),
				List.of());

		private final boolean muslim;

		private final double singleNameShare;

		private final List<String> maleGiven;

		private final List<String> maleFamily;

		private final List<String> maleSingle;

		private final List<String> femaleGiven;

		private final List<String> femaleFamily;

		private final List<String> femaleSingle;

		Group(boolean muslim, double singleNameShare, List<String> maleGiven, List<String> maleFamily,
				List<String> maleSingle, List<String> femaleGiven, List<String> femaleFamily,
				List<String> femaleSingle) {
			this.muslim = muslim;
			this.singleNameShare = singleNameShare;
			this.maleGiven = maleGiven;
			this.maleFamily = maleFamily;
			this.maleSingle = maleSingle;
			this.femaleGiven = femaleGiven;
			this.femaleFamily = femaleFamily;
			this.femaleSingle = femaleSingle;
		}

	}

	private static final Pool<Group> GROUPS = new Pool<Group>().add(Group.JAVANESE, 44)
		.add(Group.SUNDANESE, 20)
		.add(Group.MALAY, 12)
		.add(Group.BATAK, 7)
		.add(Group.BUGIS, 6)
		.add(Group.CHRISTIAN, 6)
		.add(Group.BALINESE, 3)
		.add(Group.CHINESE_INDONESIAN, 2);

	/** Only people this old have been on the hajj in numbers worth showing. */
	private static final int HAJJ_MIN_AGE = 40;

	private DemoNames() {
	}

	/**
	 * A name of the given sex. People born before 1975 more often carry a single name;
	 * some older Muslims carry H. or Hj.
	 * @param hajjPercent chance in percent that a Muslim of 40 or more has been on the
	 * hajj
	 */
	static Name of(Sex sex, int age, int birthYear, int hajjPercent, Random random) {
		Group group = GROUPS.pick(random);
		boolean male = sex == Sex.M;
		List<String> single = male ? group.maleSingle : group.femaleSingle;
		double singleShare = (birthYear < 1975) ? group.singleNameShare * 2 : group.singleNameShare / 2;
		String name;
		if (!single.isEmpty() && random.nextDouble() < singleShare) {
			name = pick(single, random);
		}
		else {
			name = pick(male ? group.maleGiven : group.femaleGiven, random) + " "
					+ pick(male ? group.maleFamily : group.femaleFamily, random);
		}
		String hajj = (group.muslim && age >= HAJJ_MIN_AGE && random.nextInt(100) < hajjPercent) ? (male ? "H." : "Hj.")
				: null;
		return new Name(name, hajj);
	}

	private static String pick(List<String> names, Random random) {
		return names.get(random.nextInt(names.size()));
	}

	/** The name itself and the haji title, if any. */
	record Name(String name, String hajjTitle) {
	}

}
