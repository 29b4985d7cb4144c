/**
 * Users, roles and unit scope; login (form for pages, HTTP Basic for {@code /api/**}),
 * lockout after repeated failed logins, and the first administrator of a fresh
 * installation.
 * <p>
 * Roles: {@code UNIT_HEAD} (Kepala OPD or the operator a head delegates), {@code HR}
 * (BKPSDM staff), {@code SECRETARY} (Sekda and staff), {@code ADMIN} (BKPSDM system
 * administrator). A user may hold several roles. Other modules ask
 * {@link id.siapel.security.CurrentUser} who is acting.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package id.siapel.security;
