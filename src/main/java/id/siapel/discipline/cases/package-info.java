/**
 * Sanction cases (kasus hukuman disiplin): a case opens from an employee's recommendation
 * for unexcused absence in a year, or by hand for another violation (e.g. a breach of ASN
 * neutrality during Pilkada), and moves PROPOSED → SUMMONED (pemanggilan) → EXAMINED
 * (berita acara pemeriksaan) → DECIDED (SK hukuman disiplin) → DELIVERED → COMPLETED, or
 * is CANCELLED with a reason. One violation is sanctioned once, the heaviest applies (PP
 * 94/2021, regulation.md §1.2): a year's absence has one open case at a time and one
 * decided case; when the year's count later calls for a heavier sanction, a new case
 * supersedes the lighter decided one when it is decided.
 * <p>
 * The service and its records are the named interface {@code cases} (the demo opens cases
 * through it); the entity and its table stay inside. The report module reads decided
 * cases through {@link id.siapel.discipline.SanctionCases}.
 */
@org.springframework.modulith.NamedInterface("cases")
package id.siapel.discipline.cases;
