/**
 * Discipline (PP 94/2021, Perban BKN 6/2022, PP 49/2018 for PPPK): what each working day
 * counts, the year's totals and longest run of unexcused days kept current in the
 * transaction of every roll-call write, the recommended sanction with its legal basis,
 * and the flags that ask BKPSDM for a human look (after a holiday block, before one, on a
 * bridge day, in a monitoring period, long runs, thresholds, absent unit heads, missing
 * roll calls, inspections).
 * <p>
 * Reads the employee and attendance tables in set-based SQL (never writes them); owns its
 * rule, summary, flag and inspection tables.
 * <p>
 * Glossary: hukuman disiplin → sanction; tanpa keterangan (TK) → unexcused; hari kejepit
 * → bridge day; masa pemantauan → monitoring period; sidak → inspection; pejabat yang
 * berwenang menghukum → authority.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Discipline")
package id.siapel.discipline;
