package id.siapel.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import id.siapel.discipline.FlagFilter;
import id.siapel.discipline.FlagStatus;
import id.siapel.discipline.Flags;
import id.siapel.discipline.SanctionCases;
import id.siapel.report.board.ComplianceBoard;
import lombok.RequiredArgsConstructor;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the Sekda's home page (BKPSDM's too), read the way the pages behind them
 * read them: the compliance board's count of today, and one aggregate query each for the
 * open flags, the cases by state and the year's sanctions by level; never row by row.
 */
@Service
@RequiredArgsConstructor
@PreAuthorize("hasAnyRole('HR', 'SECRETARY', 'ADMIN')")
public class Overviews {

	private final ComplianceBoard board;

	private final Flags flags;

	private final SanctionCases cases;

	private final Clock clock;

	@Transactional(readOnly = true)
	public OverviewView today() {
		LocalDate today = LocalDate.now(this.clock);
		List<OverviewView.Compliance> compliance = this.board.reported(today);
		long openFlags = this.flags
			.openCounts(new FlagFilter(null, null, null, null, FlagStatus.OPEN, null, false, null))
			.values()
			.stream()
			.mapToLong(Long::longValue)
			.sum();
		int year = today.getYear();
		return new OverviewView(today, compliance.get(0), compliance.get(1), openFlags, this.cases.countsByStatus(),
				year, this.cases.decidedPerLevel(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
	}

}
