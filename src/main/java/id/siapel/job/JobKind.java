package id.siapel.job;

/**
 * A kind of background job, offered by the module that knows the work. The runner calls
 * {@link #step} again and again, each time in a new transaction that also records the
 * step's progress, until a step says it finished: a step must therefore be short (a few
 * seconds, a few hundred employees) and must start from {@link JobContext#cursor()}, the
 * point the last committed step reached, so that a job taken over after its runner died
 * neither skips nor repeats work that matters.
 */
public interface JobKind {

	/**
	 * The kind's name as stored, e.g. {@code RULE_RECOUNT}; {@code jobs.kind.<name>}
	 * names it to users.
	 */
	String kind();

	/**
	 * One chunk of the work, inside the runner's transaction.
	 * @throws JobFailedException to stop the job with a reason the user can act on
	 */
	JobStep step(JobContext context);

}
