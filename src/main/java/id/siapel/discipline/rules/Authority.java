package id.siapel.discipline.rules;

/**
 * Pejabat yang berwenang menghukum at a kabupaten/kota (PP 94/2021 Pasal 16–24, as
 * summarised in regulation.md §1.3): the OPD head (or the employee's superior) for light
 * sanctions of staff below them; the Bupati/Wali Kota as Pejabat Pembina Kepegawaian for
 * moderate and severe sanctions of administrators and below, for every sanction of a JPT
 * Pratama (echelon II), and for every dismissal.
 */
public enum Authority {

	UNIT_HEAD, REGENT

}
