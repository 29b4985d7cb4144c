package id.siapel.shared;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * A step that must be finished before the first request is served (the first
 * administrator, the demo data): it runs once while the application context starts, in
 * the order of {@link #step()}, before the web server opens its port, so nobody can log
 * in to a half-prepared database. An exception stops the application from starting.
 */
public abstract class BeforeServing implements SmartLifecycle {

	private volatile boolean done;

	/** Runs once, before the web server starts. */
	protected abstract void runOnce();

	/** Lower steps run first. */
	protected abstract int step();

	@Override
	public final void start() {
		runOnce();
		this.done = true;
	}

	@Override
	public final void stop() {
		// Nothing to undo: the step's work is in the database.
	}

	@Override
	public final boolean isRunning() {
		return this.done;
	}

	@Override
	public final int getPhase() {
		return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1000 + step();
	}

}
