/**
 * BKPSDM's daily and holiday reports (issue 7): the compliance board (which OPDs have
 * submitted today's apel pagi and apel sore), the report on the first working day after a
 * holiday block, and the charts of unexcused absence. Read-only, set-based SQL over the
 * roll-call records and the discipline day counts, so that the number of queries does not
 * grow with the number of OPDs or employees; every row is limited to the reader's unit
 * scope.
 */
package id.siapel.report.board;
