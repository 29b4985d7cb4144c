/**
 * The discipline rules of PP 94/2021 and Perban BKN 6/2022 as plain Java: a day's outcome
 * from its two roll calls, the year's totals, the longest run of unexcused working days,
 * and the sanction ladders. No Spring, no database: the rule values (minutes, thresholds,
 * ladders) come in as data with an effective date.
 */
package id.siapel.discipline.rules;
