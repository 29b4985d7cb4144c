package id.siapel.job;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The job runner's settings ({@code siapel.jobs.*}, README "Configuration").
 *
 * @param enabled whether this node polls for jobs at all (tests run them with
 * {@link Jobs#runPendingNow()} instead)
 * @param pollInterval how often an idle node looks for queued jobs
 * @param threads how many jobs one node runs at the same time
 * @param staleAfter a running job without a heartbeat for this long is taken again: its
 * runner died (each chunk beats; keep it well above the longest chunk)
 */
@ConfigurationProperties("siapel.jobs")
public record JobProperties(@DefaultValue("true") boolean enabled, @DefaultValue("2s") Duration pollInterval,
		@DefaultValue("2") int threads, @DefaultValue("120s") Duration staleAfter) {
}
