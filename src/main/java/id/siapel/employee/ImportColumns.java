package id.siapel.employee;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The columns an import understands, in the order of the downloadable template: each has
 * the Indonesian header the template writes, the API field name (the English key of the
 * create body, also accepted as a header) and the header names of the SIASN "Export Data
 * ASN" download and of BKPSDM's own spreadsheets where they mean the same thing. Headers
 * are compared without case, spaces, underscores or punctuation ("NIP BARU" = "nip_baru"
 * = "nipBaru").
 */
enum ImportColumns {

	NIP(true, "nip", "NIP", "nip", "nipbaru", "nipasn", "nippppk", "nipnipppk", "nipnipppknomorregistrasi"),
	NAME(true, "name", "Nama", "name", "nama", "namalengkap", "namapegawai"),
	FRONT_TITLE(false, "frontTitle", "Gelar Depan", "fronttitle", "gelardepan"),
	BACK_TITLE(false, "backTitle", "Gelar Belakang", "backtitle", "gelarbelakang"),
	SEX(true, "sex", "Jenis Kelamin", "sex", "jeniskelamin", "jk", "lp", "kelamin"),
	EMPLOYMENT_TYPE(true, "employmentType", "Jenis Pegawai", "employmenttype", "jenispegawai", "statuspegawai",
			"statuscpnspns", "kedudukanpegawai", "statuskepegawaian", "jeniskepegawaian"),
	UNIT_CODE(false, "unitCode", "Kode Unit", "unitcode", "kodeunit", "kodeunor", "kodeunitkerja"),
	UNIT_NAME(false, "unitCode", "Unit Kerja", "unitname", "unornama", "unitkerja", "namaunit", "namaunor",
			"namaunitkerja"),
	POSITION(true, "position", "Jabatan", "position", "jabatan", "jabatannama", "namajabatan"),
	POSITION_KIND(false, "positionKind", "Jenis Jabatan", "positionkind", "jenisjabatan", "jenisjabatannama"),
	ECHELON(false, "echelon", "Eselon", "echelon", "eselon", "eselonnama"),
	RANK(false, "rank", "Golongan", "rank", "golongan", "golakhir", "golakhirnama", "golruang", "golonganruang",
			"pangkatgolongan", "pangkatgolonganruang"),
	SERVICE_START(false, "serviceStart", "TMT Pengangkatan", "servicestart", "tmtpengangkatan", "tmtcpns",
			"tmtcpnspppk", "tmtpppk", "tmt"),
	UNIT_SINCE(false, "unitSince", "TMT Unit Kerja", "unitsince", "tmtunitkerja", "tmtunit", "tmtunor");

	/**
	 * Columns of a SIASN export or a BKPSDM spreadsheet that SiApel does not keep: read
	 * past and listed as ignored. Any other header is refused, so that a misspelt
	 * optional column ("TMT Unit Kerj") cannot silently lose its data.
	 */
	private static final Set<String> NOT_KEPT = Set.of("no", "nomor", "nourut", "tempatlahir", "tanggallahir",
			"tgllahir", "tempattanggallahir", "ttl", "usia", "umur", "agama", "agamanama", "agamaid", "alamat", "nohp",
			"nomorhp", "notelp", "email", "nik", "npwp", "niplama", "pnsid", "id", "jeniskawin", "jeniskawinnama",
			"statusperkawinan", "pendidikan", "pendidikannama", "tingkatpendidikan", "tingkatpendidikannama",
			"tahunlulus", "tmtpns", "tmtgolongan", "tmtjabatan", "tmteselon", "mktahun", "mkbulan", "masakerjatahun",
			"masakerjabulan", "masakerja", "golawal", "golawalnama", "golawalid", "golakhirid", "jabatanid", "eselonid",
			"jenisjabatanid", "unorid", "unorindukid", "unorinduknama", "instansiinduk", "instansiinduknama",
			"instansikerja", "instansikerjanama", "satuankerja", "satuankerjanama", "lokasikerja", "lokasikerjanama",
			"kpkn", "kpknnama", "nomorskcpns", "tanggalskcpns", "nomorskpns", "tanggalskpns", "kartupegawai",
			"karispkarsu", "taspen", "bpjs", "kedudukanhukum", "kedudukanhukumnama", "pangkat", "keterangan",
			"catatan");

	private static final List<DateTimeFormatter> DATE_FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"),
			DateTimeFormatter.ofPattern("d.M.uuuu"));

	private final boolean required;

	private final String field;

	private final String header;

	private final Set<String> aliases;

	ImportColumns(boolean required, String field, String header, String... aliases) {
		this.required = required;
		this.field = field;
		this.header = header;
		Set<String> names = new HashSet<>(List.of(aliases));
		names.add(normalize(header));
		this.aliases = Set.copyOf(names);
	}

	boolean required() {
		return this.required;
	}

	/** The API field name used in error reports. */
	String field() {
		return this.field;
	}

	/**
	 * The header the template writes, in Indonesian; also how the error report names the
	 * column.
	 */
	String header() {
		return this.header;
	}

	/**
	 * Whether the downloadable template has this column ({@link #UNIT_NAME} is the
	 * alternative to the unit code, for SIASN exports).
	 */
	boolean inTemplate() {
		return this != UNIT_NAME;
	}

	/** A column SiApel does not keep, such as "Tempat Lahir": ignored, not refused. */
	static boolean notKept(String header) {
		return NOT_KEPT.contains(normalize(header));
	}

	/** The Indonesian header of the column an API field name stands for. */
	static Optional<String> headerOf(String field) {
		for (ImportColumns column : values()) {
			if (column.field.equals(field)) {
				return Optional.of(column.header);
			}
		}
		return Optional.empty();
	}

	/**
	 * Reads a header row: the first header that stands for a column wins; a second one
	 * for the same column, a blank header and a column SiApel does not keep are ignored;
	 * anything else is unknown.
	 */
	static HeaderRow read(List<String> headers) {
		Map<ImportColumns, String> columns = new EnumMap<>(ImportColumns.class);
		List<String> ignored = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (String header : headers) {
			Optional<ImportColumns> column = of(header);
			if (column.isPresent() && !columns.containsKey(column.get())) {
				columns.put(column.get(), header);
			}
			else if (column.isPresent() || notKept(header)) {
				ignored.add(header);
			}
			else if (!header.isBlank()) {
				unknown.add(header);
			}
		}
		return new HeaderRow(columns, ignored, unknown);
	}

	/** The Indonesian headers of the template, for messages: "NIP, Nama, …". */
	static String templateHeaders() {
		return template().stream().map(ImportColumns::header).collect(Collectors.joining(", "));
	}

	/** The English keys of the API, for messages: "nip, name, …". */
	static String apiKeys() {
		return Arrays.stream(values())
			.filter(ImportColumns::inTemplate)
			.map(ImportColumns::field)
			.collect(Collectors.joining(", "));
	}

	/** The columns of the downloadable template, in its order. */
	static List<ImportColumns> template() {
		return Arrays.stream(values()).filter(ImportColumns::inTemplate).toList();
	}

	/**
	 * A file's header row.
	 *
	 * @param columns the header (as written) standing for each column found
	 * @param ignored headers read past: repeated columns and columns SiApel does not keep
	 * @param unknown headers that stand for nothing SiApel knows
	 */
	record HeaderRow(Map<ImportColumns, String> columns, List<String> ignored, List<String> unknown) {

		/**
		 * How the error report names the column of an API field: the template's header,
		 * or for the unit the one the file has.
		 */
		String label(String field) {
			if ("unitCode".equals(field) && !this.columns.containsKey(UNIT_CODE)
					&& this.columns.containsKey(UNIT_NAME)) {
				return UNIT_NAME.header();
			}
			return (field != null) ? headerOf(field).orElse(field) : null;
		}

	}

	static Optional<ImportColumns> of(String header) {
		String key = normalize(header);
		for (ImportColumns column : values()) {
			if (column.aliases.contains(key)) {
				return Optional.of(column);
			}
		}
		return Optional.empty();
	}

	static String normalize(String header) {
		return (header == null) ? "" : header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

	// Values: what SIASN and spreadsheets write, mapped to SiApel's codes.

	private static final Map<String, Sex> SEXES = Map.of("m", Sex.M, "l", Sex.M, "lakilaki", Sex.M, "pria", Sex.M, "1",
			Sex.M, "f", Sex.F, "p", Sex.F, "perempuan", Sex.F, "wanita", Sex.F, "2", Sex.F);

	private static final Map<String, EmploymentType> TYPES = Map.ofEntries(Map.entry("pns", EmploymentType.PNS),
			Map.entry("p", EmploymentType.PNS), Map.entry("cpns", EmploymentType.CPNS),
			Map.entry("c", EmploymentType.CPNS), Map.entry("pppk", EmploymentType.PPPK),
			Map.entry("pppkparuhwaktu", EmploymentType.PPPK_PART_TIME),
			Map.entry("pppkparttime", EmploymentType.PPPK_PART_TIME),
			Map.entry("pppkpw", EmploymentType.PPPK_PART_TIME), Map.entry("nonasn", EmploymentType.NON_ASN),
			Map.entry("honorer", EmploymentType.NON_ASN), Map.entry("ptt", EmploymentType.NON_ASN),
			Map.entry("tenagakontrak", EmploymentType.NON_ASN));

	private static final Map<String, PositionKind> KINDS = Map.of("structural", PositionKind.STRUCTURAL, "struktural",
			PositionKind.STRUCTURAL, "functional", PositionKind.FUNCTIONAL, "fungsional", PositionKind.FUNCTIONAL,
			"fungsionaltertentu", PositionKind.FUNCTIONAL, "executor", PositionKind.EXECUTOR, "pelaksana",
			PositionKind.EXECUTOR, "fungsionalumum", PositionKind.EXECUTOR);

	static Optional<Sex> sex(String value) {
		return Optional.ofNullable(SEXES.get(normalize(value)));
	}

	static Optional<EmploymentType> type(String value) {
		return Optional.ofNullable(TYPES.get(normalize(value)));
	}

	static Optional<PositionKind> positionKind(String value) {
		return Optional.ofNullable(KINDS.get(normalize(value)));
	}

	/** "II", "II.a", "III.b" → the eselon level. */
	static Optional<Echelon> echelon(String value) {
		String level = value.strip().toUpperCase(Locale.ROOT).replaceAll("[.\\s/-]?[AB]$", "");
		try {
			return Optional.of(Echelon.valueOf(level));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	static Optional<LocalDate> date(String value) {
		for (DateTimeFormatter format : DATE_FORMATS) {
			try {
				return Optional.of(LocalDate.parse(value.strip(), format));
			}
			catch (DateTimeParseException ex) {
				// try the next way of writing a date
			}
		}
		return Optional.empty();
	}

}
