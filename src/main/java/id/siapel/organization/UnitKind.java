package id.siapel.organization;

/** What kind of unit it is (api.md, unit {@code kind}). */
public enum UnitKind {

	/** The Pemda itself, root of the tree. */
	REGION,
	/** Sekretariat Daerah, Sekretariat DPRD. */
	SECRETARIAT,
	/** Dinas. */
	AGENCY,
	/** Badan. */
	BOARD,
	/** Inspektorat. */
	INSPECTORATE,
	/** Kecamatan. */
	DISTRICT,
	/** Kelurahan. */
	SUBDISTRICT,
	/** Bagian, bidang, asisten. */
	DIVISION,
	/** UPTD, puskesmas. */
	TECHNICAL_UNIT,
	/** Sekolah. */
	SCHOOL,
	/** RSUD. */
	HOSPITAL,
	/** Satpol PP and anything else. */
	OTHER

}
