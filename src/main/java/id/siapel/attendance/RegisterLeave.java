package id.siapel.attendance;

import java.time.LocalDate;

/**
 * Registers an absence for a range of days (api.md, Leave).
 *
 * @param nip the employee
 * @param type the kind of absence
 * @param startDate first day
 * @param endDate last day (inclusive)
 * @param reference the letter or decree (surat cuti, surat tugas), optional
 */
public record RegisterLeave(String nip, LeaveType type, LocalDate startDate, LocalDate endDate, String reference) {
}
