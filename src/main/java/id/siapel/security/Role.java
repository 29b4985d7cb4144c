package id.siapel.security;

/** What a user may do in SiApel (product.md §1). */
public enum Role {

	/**
	 * Kepala OPD or delegated operator: marks roll calls of one unit and the units below
	 * it.
	 */
	UNIT_HEAD,
	/** BKPSDM staff: all units, reports, flags, sanction cases, master data. */
	HR,
	/**
	 * Sekda and staff: everything read-only, decides sanctions, prints the sanction list.
	 */
	SECRETARY,
	/** System administrator: users, roles, settings. */
	ADMIN;

	/** The Spring Security authority, e.g. {@code ROLE_HR}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
