/**
 * The work calendar: which days are working days for which unit, and when work starts and
 * ends. Typed days (national holidays and cuti bersama from the SKB 3 Menteri, regional
 * holidays, and dispensations on which apel is not required), optionally restricted to
 * some units and everything below them; each unit's five- or six-day week; working hours
 * with a Ramadan override and the cut-offs of the apel sheets (Pemda settings with an
 * effective date); monitoring periods (masa pemantauan) such as the Pilkada stages.
 * <p>
 * Other modules ask {@link id.siapel.calendar.WorkCalendars#current()} for an immutable
 * in-memory {@link id.siapel.calendar.WorkCalendar} and ask it, per unit, whether a day
 * is a working day, the working days of a range, and the blocks of non-working days
 * around a date (for the flags after and before holidays and on bridge days).
 * <p>
 * Glossary: hari libur nasional → {@code NATIONAL_HOLIDAY}; cuti bersama →
 * {@code COLLECTIVE_LEAVE}; libur daerah → {@code REGIONAL_HOLIDAY}; dispensasi
 * (WFH/WFA/kerja fleksibel) → {@code REMOTE_WORK}; hari kejepit → bridge day; masa
 * pemantauan → monitoring period; Surat Edaran (SE) → circular.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar",
		allowedDependencies = { "organization", "security", "shared" })
package id.siapel.calendar;
