package id.siapel.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

import id.siapel.shared.LongerStatements;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives {@code attendance_record} a partition for every calendar year before its first
 * roll call (issue 15, history that grows; migration V70): this year's and next year's,
 * and one for every year that has rows in the {@code DEFAULT} partition (a day outside
 * the created years, say history imported from long ago), whose rows it moves there. So
 * every read of a sheet, a month or a year scans that year's partition only, and no write
 * ever fails for want of one. Runs at startup ({@link HistoryPartitionsAtStartup}) and
 * every night on one instance (ShedLock); the database function
 * {@code attendance_record_partition} does the work under an advisory lock, so two nodes
 * starting together do not race.
 */
@Slf4j
@Component
@RequiredArgsConstructor
class HistoryPartitions {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final LongerStatements longer;

	private final Clock clock;

	/** Every night, on one instance. */
	@Scheduled(cron = "${siapel.attendance.partitions-cron:0 10 1 * * *}", zone = "${siapel.zone}")
	@SchedulerLock(name = "attendance-record-partitions", lockAtMostFor = "PT30M", lockAtLeastFor = "PT30S")
	public void nightly() {
		ensure();
	}

	/** Creates the missing partitions; returns the years it created one for. */
	public List<Integer> ensure() {
		int year = LocalDate.now(this.clock).getYear();
		TreeSet<Integer> years = new TreeSet<>(List.of(year, year + 1));
		years.addAll(this.jdbc.sql("select distinct extract(year from day)::integer from attendance_record_default")
			.query(Integer.class)
			.list());
		List<Integer> created = years.stream().filter(this::create).toList();
		if (!created.isEmpty()) {
			log.info("Created the attendance_record partition(s) of {}", created);
		}
		return created;
	}

	/**
	 * One year in its own transaction: moving the year's rows out of DEFAULT may take
	 * long.
	 */
	private boolean create(int year) {
		return Boolean.TRUE.equals(this.transactions.execute((status) -> {
			this.longer.forJob();
			return this.jdbc.sql("select attendance_record_partition(:year)")
				.param("year", year)
				.query(Boolean.class)
				.single();
		}));
	}

}
