package id.siapel.job;

/** Where a job is: waiting for a runner, being run, finished, or stopped by a failure. */
public enum JobState {

	QUEUED, RUNNING, DONE, FAILED;

	/** Still to finish: the page keeps polling. */
	public boolean open() {
		return this == QUEUED || this == RUNNING;
	}

}
