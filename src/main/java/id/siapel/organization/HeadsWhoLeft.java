package id.siapel.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.siapel.shared.AuditRecord;
import id.siapel.shared.LongerStatements;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends the headship of a unit head whose transfer or departure was recorded ahead of its
 * date: early every morning (one app instance, ShedLock), every unit whose head no longer
 * belongs to it today loses that head, as {@link Units#releaseHeadIfGone} does at once
 * for moves dated today or earlier.
 */
@Slf4j
@Component
@RequiredArgsConstructor
class HeadsWhoLeft {

	private final LongerStatements longer;

	private final UnitRepository units;

	private final StaffLookup staff;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	@Scheduled(cron = "${siapel.organization.heads-who-left-cron:0 5 0 * * *}", zone = "${siapel.zone}")
	@SchedulerLock(name = "heads-who-left", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
	@Transactional
	public void release() {
		int released = releaseOn(LocalDate.now(this.clock));
		if (released > 0) {
			log.info("Unit heads who left their unit released: {}", released);
		}
	}

	/** The heads no longer in their unit on {@code day} stop being heads; how many. */
	@Transactional
	int releaseOn(LocalDate day) {
		this.longer.forJob();
		List<Unit> headed = this.units.findByHeadEmployeeIdNotNull();
		Map<Long, Long> headByUnit = new HashMap<>();
		headed.forEach((unit) -> headByUnit.put(unit.getId(), unit.getHeadEmployeeId()));
		Set<Long> vacated = this.staff.unitsNotStaffedBy(headByUnit, day);
		for (Unit unit : headed) {
			if (vacated.contains(unit.getId())) {
				unit.assignHead(null, this.clock.instant());
				this.events.publishEvent(new AuditRecord("UNIT_HEAD_SET", unit.getCode(),
						"none (the head left the unit on or before " + day + ")", unit.getCode()));
			}
		}
		return vacated.size();
	}

}
