package id.siapel.report;

/**
 * How the signatory holds the office he signs for (Permendagri 1/2023 on official
 * documents, tata naskah dinas): the definitive holder, or an official standing in, whose
 * designation precedes the office on the document ("Plt. Sekretaris Daerah").
 */
public enum SignatoryDesignation {

	/** The appointed holder of the office: the office alone. */
	DEFINITIVE(null),

	/**
	 * Pelaksana tugas: stands in while the office is vacant or its holder is away for a
	 * long time.
	 */
	PLT("Plt."),

	/** Pelaksana harian: stands in while the holder is away for a short time. */
	PLH("Plh.");

	private final String prefix;

	SignatoryDesignation(String prefix) {
		this.prefix = prefix;
	}

	/** The office as signed: "Plt. Sekretaris Daerah", or the office alone. */
	public String signedTitle(String office) {
		return (this.prefix != null) ? this.prefix + " " + office : office;
	}

}
