/**
 * Background jobs (issue 15): work that takes longer than a request should (a recount
 * after a rule change, large PDFs, long exports) is queued in the {@code background_job}
 * table and run by a small pool on whichever node claims it first, in chunks, each chunk
 * a short transaction of its own that commits the progress with the work. A job whose
 * runner died is taken again after its heartbeat stops and resumes after its last
 * committed chunk. Users follow their jobs on "Pekerjaan saya" ({@code /jobs}), get the
 * file or the page a job produced there, and retry a failed one.
 * <p>
 * A module offers a kind of job by implementing {@link id.siapel.job.JobKind} and queues
 * one through {@link id.siapel.job.Jobs#enqueue}.
 * <p>
 * Glossary: pekerjaan latar belakang → background job; coba lagi → retry; penghitungan
 * ulang → recount.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Background jobs")
package id.siapel.job;
