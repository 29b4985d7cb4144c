package id.siapel.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.siapel.discipline.FlagFilter;
import id.siapel.discipline.FlagKind;
import id.siapel.discipline.FlagSeverity;
import id.siapel.discipline.FlagStatus;
import id.siapel.discipline.FlagView;
import id.siapel.discipline.Flags;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * BKPSDM has worked through most flags older than six weeks, as it would have by now:
 * confirmed the unexcused absences, dismissed most sickness after holidays and the late
 * roll calls that came in; a few old ones are still open, and everything recent is.
 */
@Component
@RequiredArgsConstructor
class DemoReviews {

	static final int PAGE = 1000;

	private final Flags flags;

	private final Clock clock;

	@Transactional
	public void load() {
		LocalDate before = LocalDate.now(this.clock).minusWeeks(6);
		List<Long> confirm = new ArrayList<>();
		List<Long> dismiss = new ArrayList<>();
		for (int page = 0;; page++) {
			List<FlagView> open = this.flags
				.search(new FlagFilter(null, before, null, null, FlagStatus.OPEN, null, false), page, PAGE)
				.items();
			for (FlagView flag : open) {
				if (DemoAbsence.uniform(flag.id(), 0, 61) < 0.1) {
					continue;
				}
				boolean confirmed = flag.severity() == FlagSeverity.HIGH || flag.kind() == FlagKind.CONSECUTIVE_ABSENCE
						|| flag.kind() == FlagKind.THRESHOLD_REACHED;
				(confirmed ? confirm : dismiss).add(flag.id());
			}
			if (open.size() < PAGE) {
				break;
			}
		}
		if (!confirm.isEmpty()) {
			this.flags.reviewAll(confirm, FlagStatus.CONFIRMED,
					"Dikonfirmasi pada rekap bulanan; atasan langsung diminta memanggil pegawai.");
		}
		if (!dismiss.isEmpty()) {
			this.flags.reviewAll(dismiss, FlagStatus.DISMISSED,
					"Berhalangan sah dengan surat keterangan; tidak perlu tindak lanjut.");
		}
	}

}
