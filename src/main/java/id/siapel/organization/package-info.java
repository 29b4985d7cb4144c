/**
 * The unit tree: the Pemda at the root, the OPDs (unit kerja: Sekretariat Daerah, Dinas,
 * Badan, Kecamatan, RSUD…) below it, sub-units (Bagian, Bidang, UPTD, Puskesmas,
 * Kelurahan, schools) below those; each unit's code, kind, work pattern and head. Also
 * the unit scope of the acting user: a {@code UNIT_HEAD} sees and changes only their unit
 * and everything below it.
 * <p>
 * Glossary: OPD / unit kerja → {@link id.siapel.organization.UnitView}; kepala unit →
 * head; pola kerja 5/6 hari → {@link id.siapel.organization.WorkPattern}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization (units)")
package id.siapel.organization;
