package id.siapel.employee;

/** As in the NIP's 15th digit: 1 = male, 2 = female. */
public enum Sex {

	M, F

}
