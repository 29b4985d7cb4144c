package id.siapel.job;

import java.time.Instant;

/**
 * A job as its owner sees it on "Pekerjaan saya" and in the API. {@code failureKey} and
 * {@code failureDetail} are the reason of a failed job (a message key and its argument).
 */
public record JobView(long id, String kind, String summary, String owner, JobState state, int done, Integer total,
		String failureKey, String failureDetail, String resultLink, String resultName, boolean hasFile, int attempts,
		Instant createdAt, Instant startedAt, Instant finishedAt) {

	/** The share done in percent, 0 until the total is known. */
	public int percent() {
		if (this.state == JobState.DONE) {
			return 100;
		}
		if (this.total == null || this.total <= 0) {
			return 0;
		}
		return (int) Math.min(100, (100L * this.done) / this.total);
	}

}
