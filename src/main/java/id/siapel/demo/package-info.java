/**
 * Demo data for a fictional regency, loaded when {@code siapel.demo.enabled} is true and
 * the database is empty, so that every screen shows something real on the first login.
 * Never active in the {@code prod} profile.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package id.siapel.demo;
