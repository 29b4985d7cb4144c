package id.siapel.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import id.siapel.discipline.RecapRow;
import id.siapel.discipline.Standings;
import id.siapel.discipline.cases.CaseStatus;
import id.siapel.discipline.cases.CaseTransition;
import id.siapel.discipline.cases.CaseView;
import id.siapel.discipline.cases.OpenCase;
import id.siapel.discipline.cases.SanctionCaseService;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A handful of sanction cases, as BKPSDM would have them by now: the heaviest standings
 * of the year taken to a decree (completed, delivered, decided), others summoned,
 * examined, just proposed or cancelled, and one case of another violation (ASN
 * neutrality), so that the Sekda's list is not empty on a fresh demo.
 */
@Slf4j
@Component
@RequiredArgsConstructor
class DemoCases {

	private static final List<CaseStatus> STATES = List.of(CaseStatus.COMPLETED, CaseStatus.DELIVERED,
			CaseStatus.DECIDED, CaseStatus.DECIDED, CaseStatus.EXAMINED, CaseStatus.SUMMONED, CaseStatus.PROPOSED,
			CaseStatus.CANCELLED);

	/** The severe sanctions of the shipped ladders: examined by a team. */
	private static final java.util.Set<String> SEVERE = java.util.Set.of("DEMOTION_12_MONTHS",
			"RELIEF_FROM_POSITION_12_MONTHS", "DISMISSAL", "CONTRACT_TERMINATION", "CONTRACT_NOT_RENEWED");

	private final Standings standings;

	private final SanctionCaseService cases;

	private final Clock clock;

	@Transactional
	public void load() {
		LocalDate today = LocalDate.now(this.clock);
		if (today.getDayOfYear() < 75) {
			// Too early in the year for absences to have reached a decree.
			return;
		}
		// Spread over the ladder: from the heaviest down, one employee every few days of
		// difference, so the cases carry different sanctions.
		List<RecapRow> heaviest = new java.util.ArrayList<>();
		int last = Integer.MAX_VALUE;
		for (RecapRow row : this.standings.recap(today.getYear(), null, 3)) {
			if (row.totalDays() <= last - 3 && heaviest.size() <= STATES.size()) {
				heaviest.add(row);
				last = row.totalDays();
			}
		}
		int made = 0;
		for (int i = 0; i < heaviest.size() && i < STATES.size(); i++) {
			CaseView c = this.cases.open(new OpenCase(heaviest.get(i).nip(), today.getYear(),
					OpenCase.UNEXCUSED_ABSENCE, null, null, today.minusDays(60 - i)));
			walk(c, STATES.get(i), today);
			made++;
		}
		if (heaviest.size() > STATES.size()) {
			CaseView c = this.cases.open(new OpenCase(heaviest.get(STATES.size()).nip(), today.getYear(),
					"Pelanggaran netralitas ASN: mengunggah dan membagikan konten kampanye pasangan calon kepala daerah "
							+ "di media sosial",
					"PP 94/2021 Pasal 5 huruf n; SKB Netralitas ASN 2022", "WRITTEN_REPRIMAND", today.minusDays(55)));
			walk(c, CaseStatus.DELIVERED, today);
			made++;
		}
		log.info("Demo sanction cases: {}", made);
	}

	private void walk(CaseView c, CaseStatus target, LocalDate today) {
		if (target == CaseStatus.PROPOSED) {
			return;
		}
		if (target == CaseStatus.CANCELLED) {
			move(c, CaseStatus.CANCELLED, today.minusDays(50), null,
					"Pegawai menunjukkan surat keterangan sakit yang sah untuk hari-hari yang dihitung.");
			return;
		}
		LocalDate summons = today.minusDays(45);
		c = this.cases.transition(c.id(),
				new CaseTransition(CaseStatus.SUMMONED, summons, c.version(), "800.1.6/" + (100 + c.id()) + "/BKPSDM",
						summons.plusDays(14), null, null, null, null, null, null, null, null));
		if (target == CaseStatus.SUMMONED) {
			return;
		}
		boolean severe = SEVERE.contains(c.sanction());
		c = this.cases.transition(c.id(),
				new CaseTransition(CaseStatus.EXAMINED, summons.plusDays(14), c.version(), null, null,
						severe ? "Tim Pemeriksa: atasan langsung, Inspektorat, BKPSDM" : "Atasan langsung", severe,
						null, null, null, null, null, null));
		if (target == CaseStatus.EXAMINED) {
			return;
		}
		LocalDate decree = summons.plusDays(21);
		String authority = "REGENT".equals(c.proposedAuthority()) ? "Bupati Sukamaju" : "Kepala Perangkat Daerah";
		c = this.cases.transition(c.id(),
				new CaseTransition(CaseStatus.DECIDED, decree, c.version(), null, null, null, null,
						"800.1.6/" + (500 + c.id()) + "/SK-HD/" + decree.getYear(), authority, c.sanction(),
						decree.plusDays(7), null, null));
		if (target == CaseStatus.DECIDED) {
			return;
		}
		c = move(c, CaseStatus.DELIVERED, decree.plusDays(3), null, null);
		if (target == CaseStatus.COMPLETED) {
			move(c, CaseStatus.COMPLETED, today.minusDays(2), null, null);
		}
	}

	private CaseView move(CaseView c, CaseStatus to, LocalDate date, String number, String note) {
		return this.cases.transition(c.id(), new CaseTransition(to, date, c.version(), number, null, null, null, null,
				null, null, null, null, note));
	}

}
