package id.siapel.employee;

/** Eselon of a structural position in a Pemda: II (kepala OPD), III, IV. */
public enum Echelon {

	II, III, IV

}
