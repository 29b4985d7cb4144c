package id.siapel.attendance;

import java.time.LocalDate;

/**
 * The roll-call rules a Perbup may set, valid from a date (product.md: "edit window
 * (setting, default: the next working day)").
 *
 * @param effectiveFrom the first day they apply to
 * @param editWindowWorkingDays an OPD head may change a sheet until the end of this many
 * working days after its date (0: only on the day itself)
 * @param sessionOpensMinutes a session may be marked this many minutes before its apel
 */
public record AttendancePolicy(LocalDate effectiveFrom, int editWindowWorkingDays, int sessionOpensMinutes) {
}
