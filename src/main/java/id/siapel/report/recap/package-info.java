/**
 * Recaps for any date range, by OPD and by employee (issue 7): working days from each
 * unit's calendar, roll calls per status, full unexcused days, minutes and converted days
 * as the discipline rules count them; sortable, paginated, filtered by unit and
 * employment type, limited to the reader's unit scope; exported as XLSX and CSV
 * (streamed) and, for one OPD's month, as the classic rekap bulanan PDF.
 * <p>
 * Reads in set-based SQL the kept-current {@code recap_month} (whole months), the
 * attendance records (the partial months at either end of a range), the counted days of
 * the discipline module ({@code discipline_day}) and the assignments of the employee
 * module: one grouped query per page, whatever the number of employees. Never writes.
 */
package id.siapel.report.recap;
