/**
 * Cross-cutting application plumbing: the {@code siapel.*} settings and the
 * {@link java.time.Clock} in the Pemda's zone, finding a PostgreSQL server for
 * development, locale and language switch, error pages and API problem details, and the
 * role-aware home page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System")
package id.siapel.system;
