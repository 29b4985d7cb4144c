package id.siapel.job;

/**
 * The outcome of one step: the progress so far ({@code done} of {@code total} units, what
 * the progress bar shows), where the next step starts, and when the job finished, its
 * result ({@code null}: none to show but "done").
 */
public record JobStep(String cursor, int done, int total, boolean finished, JobResult result) {

	public static JobStep more(String cursor, int done, int total) {
		return new JobStep(cursor, done, total, false, null);
	}

	public static JobStep finished(int done, int total, JobResult result) {
		return new JobStep(null, done, total, true, result);
	}

}
