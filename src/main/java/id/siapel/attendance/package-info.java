/**
 * The roll call (apel): one sheet per unit, working day and session, covering the unit
 * and every unit below it; the OPD head marks the exceptions and submits. Registered
 * leave, official travel and study assignments prefill the sheets of their days; a
 * dispensation day prefills {@code REMOTE}. Every change is kept (who, when, old, new,
 * why), the edit window closes the sheet for OPD heads, and two people saving one sheet
 * never overwrite each other.
 * <p>
 * Glossary: apel pagi / apel sore → {@link id.siapel.attendance.Session}; daftar hadir
 * apel → roll-call sheet; cuti / dinas luar / tugas belajar → registered leave
 * ({@link id.siapel.attendance.LeaveType}); TK (tanpa keterangan) →
 * {@link id.siapel.attendance.AttendanceStatus#UNEXCUSED}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attendance (roll call)")
package id.siapel.attendance;
