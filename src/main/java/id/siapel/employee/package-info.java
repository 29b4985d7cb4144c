/**
 * Staff: PNS, CPNS, PPPK, PPPK paruh waktu and non-ASN (PTT/honorer), with their NIP (or
 * NI PPPK, or registration number), names and titles, rank, position; the dated history
 * of which unit each belongs to (transfers, mass transfers, leaving the Pemda); import
 * from CSV/XLSX.
 * <p>
 * Glossary: pegawai → employee; mutasi → transfer; SK → decree; TMT → effective date;
 * golongan → rank; jabatan → position (struktural with eselon, fungsional, pelaksana).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Employees")
package id.siapel.employee;
