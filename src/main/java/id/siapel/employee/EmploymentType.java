package id.siapel.employee;

/** The employment relationship (UU 20/2023 on ASN; PP 49/2018 on PPPK). */
public enum EmploymentType {

	/** Pegawai Negeri Sipil. */
	PNS,
	/** Calon PNS, in the probation year. */
	CPNS,
	/** Pegawai Pemerintah dengan Perjanjian Kerja. */
	PPPK,
	/** PPPK paruh waktu (part-time PPPK, from 2025). */
	PPPK_PART_TIME,
	/** PTT / honorer, not ASN. */
	NON_ASN;

	/** PNS and CPNS carry an 18-digit NIP whose layout is checked in full. */
	public boolean isCivilServant() {
		return this == PNS || this == CPNS;
	}

	public boolean isPppk() {
		return this == PPPK || this == PPPK_PART_TIME;
	}

}
