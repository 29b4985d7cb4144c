package id.siapel.employee;

/** Jabatan: struktural (with an eselon), fungsional, or pelaksana. */
public enum PositionKind {

	STRUCTURAL, FUNCTIONAL, EXECUTOR

}
