package id.siapel.employee;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns an import understands: those of the API's create body, and the header names
 * of the SIASN "Export Data ASN" download where they mean the same thing. Headers are
 * compared without case, spaces or punctuation ("NIP BARU" = "nipBaru").
 */
enum ImportColumns {

	NIP(true, "nip", "nip", "nipbaru", "nipasn", "nippppk", "nipnipppk"),
	NAME(true, "name", "name", "nama", "namalengkap"), FRONT_TITLE(false, "frontTitle", "fronttitle", "gelardepan"),
	BACK_TITLE(false, "backTitle", "backtitle", "gelarbelakang"), SEX(true, "sex", "sex", "jeniskelamin", "jk"),
	EMPLOYMENT_TYPE(true, "employmentType", "employmenttype", "jenispegawai", "statuspegawai", "statuscpnspns",
			"kedudukanpegawai"),
	UNIT_CODE(false, "unitCode", "unitcode", "kodeunit", "kodeunor"),
	UNIT_NAME(false, "unitCode", "unitname", "unornama", "unitkerja", "namaunit", "namaunor"),
	POSITION(true, "position", "position", "jabatan", "jabatannama", "namajabatan"),
	POSITION_KIND(false, "positionKind", "positionkind", "jenisjabatan", "jenisjabatannama"),
	ECHELON(false, "echelon", "echelon", "eselon", "eselonnama"),
	RANK(false, "rank", "rank", "golongan", "golakhir", "golakhirnama", "golruang", "pangkatgolongan"),
	SERVICE_START(false, "serviceStart", "servicestart", "tmtcpns", "tmt"),
	UNIT_SINCE(false, "unitSince", "unitsince", "tmtunit", "tmtunor");

	private static final List<DateTimeFormatter> DATE_FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"),
			DateTimeFormatter.ofPattern("d.M.uuuu"));

	private final boolean required;

	private final String field;

	private final List<String> aliases;

	ImportColumns(boolean required, String field, String... aliases) {
		this.required = required;
		this.field = field;
		this.aliases = List.of(aliases);
	}

	boolean required() {
		return this.required;
	}

	/** The API field name used in error reports. */
	String field() {
		return this.field;
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
