package id.siapel.attendance;

import id.siapel.shared.BeforeServing;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

/**
 * Creates the missing {@code attendance_record} partitions while the application starts,
 * before the demo data and the first request: a node started on 2 January, or after a
 * night when the scheduled run was missed, writes into this year's partition from the
 * first sheet on.
 */
@Component
@RequiredArgsConstructor
class HistoryPartitionsAtStartup extends BeforeServing {

	private final HistoryPartitions partitions;

	@Override
	protected void runOnce() {
		this.partitions.ensure();
	}

	@Override
	protected int step() {
		return 5;
	}

}
