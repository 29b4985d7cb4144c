package id.siapel.discipline.cases.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import id.siapel.discipline.cases.CaseStatus;
import id.siapel.discipline.cases.CaseView;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A case in the JSON API (api.md, Sanction cases), with its version for the next move.
 */
record CaseJson(long id, long version, String status, String nip, String name, String unitCode, String unitName,
		int year, String violationKind, String violation, String article, Integer absenceDays, String level,
		String sanction, String sanctionLabel, String legalBasis, String proposedAuthority, LocalDate openedOn,
		String summonsNumber, LocalDate summonsDate, int summonsCount, LocalDate examinationDate, LocalDate examinedOn,
		String examiner, boolean examinedByTeam, String decreeNumber, LocalDate decreeDate, String authority,
		LocalDate effectiveFrom, LocalDate effectiveTo, LocalDate deliveredOn, LocalDate completedOn,
		LocalDate cancelledOn, String cancelReason, Long supersedesId, Long supersededById, Instant updatedAt,
		String updatedBy, List<CaseView.Summons> summonses, List<CaseStatus> allowedTransitions,
		List<String> warnings) {

	static CaseJson of(CaseView c, MessageSource messages) {
		List<String> warnings = c.warnings()
			.stream()
			.map((w) -> messages.getMessage(w.messageKey(), w.arguments(), LocaleContextHolder.getLocale()))
			.toList();
		return new CaseJson(c.id(), c.version(), c.status().name(), c.nip(), c.name(), c.unitCode(), c.unitName(),
				c.year(), c.violationKind().name(), c.violation(), c.article(), c.absenceDays(), c.level().name(),
				c.sanction(), c.sanctionLabel(), c.legalBasis(), c.proposedAuthority(), c.openedOn(), c.summonsNumber(),
				c.summonsDate(), c.summonsCount(), c.examinationDate(), c.examinedOn(), c.examiner(),
				c.examinedByTeam(), c.decreeNumber(), c.decreeDate(), c.decreeAuthority(), c.effectiveFrom(),
				c.effectiveTo(), c.deliveredOn(), c.completedOn(), c.cancelledOn(), c.cancelReason(), c.supersedesId(),
				c.supersededById(), c.updatedAt(), c.updatedBy(), c.summonses(), c.next(), warnings);
	}

}
