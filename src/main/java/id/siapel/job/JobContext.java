package id.siapel.job;

/**
 * What a step of a job knows: its parameters as queued, and where the last committed step
 * ended ({@code cursor} {@code null} and {@code done} 0 at the start).
 */
public record JobContext(long id, String parameters, String cursor, int done) {

	public boolean firstStep() {
		return this.cursor == null;
	}

}
