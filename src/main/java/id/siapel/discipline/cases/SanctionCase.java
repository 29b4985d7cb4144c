package id.siapel.discipline.cases;

import java.time.Instant;
import java.time.LocalDate;

import id.siapel.discipline.rules.SanctionLevel;
import id.siapel.shared.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.Getter;

/**
 * One sanction case. State changes only through {@link #move}; the service checks the
 * rules that need other cases or the calendar, the entity those about itself.
 */
@Entity
@Table(name = "sanction_case")
@Getter
class SanctionCase extends BaseEntity {

	private long employeeId;

	private String nip;

	private String employeeName;

	private String employeeRank;

	private String employeePosition;

	private long unitId;

	private String unitCode;

	private String unitName;

	private int year;

	@Enumerated(EnumType.STRING)
	private ViolationKind violationKind;

	private String violation;

	private String article;

	private Integer absenceDays;

	@Enumerated(EnumType.STRING)
	private SanctionLevel level;

	private String sanction;

	private String sanctionLabel;

	private String legalBasis;

	private String proposedAuthority;

	@Enumerated(EnumType.STRING)
	private CaseStatus status;

	private LocalDate openedOn;

	private String firstSummonsNumber;

	private LocalDate firstSummonsDate;

	private LocalDate firstExaminationDate;

	private String summonsNumber;

	private LocalDate summonsDate;

	private int summonsCount;

	private LocalDate examinationDate;

	private LocalDate examinedOn;

	private String examiner;

	private boolean examinedByTeam;

	private String decreeNumber;

	private LocalDate decreeDate;

	private String decreeAuthority;

	private LocalDate effectiveFrom;

	private LocalDate effectiveTo;

	private LocalDate deliveredOn;

	private LocalDate completedOn;

	private LocalDate cancelledOn;

	private String cancelReason;

	private Long supersedesId;

	private Long supersededById;

	private String lastNote;

	private Instant createdAt;

	private String createdBy;

	private Instant updatedAt;

	private String updatedBy;

	protected SanctionCase() {
	}

	static SanctionCase open(Subject subject, int year, ViolationKind kind, String violation, String article,
			Integer absenceDays, Proposal proposal, Long supersedesId, LocalDate today, Instant now, String by) {
		SanctionCase c = new SanctionCase();
		c.employeeId = subject.employeeId();
		c.nip = subject.nip();
		c.year = year;
		c.violationKind = kind;
		c.violation = violation;
		c.article = article;
		c.absenceDays = absenceDays;
		c.level = proposal.level();
		c.sanction = proposal.sanction();
		c.sanctionLabel = proposal.label();
		c.legalBasis = proposal.legalBasis();
		c.proposedAuthority = proposal.authority();
		c.status = CaseStatus.PROPOSED;
		c.openedOn = today;
		c.supersedesId = supersedesId;
		c.createdAt = now;
		c.createdBy = by;
		c.describe(subject);
		c.touch(now, by);
		return c;
	}

	/** The last date a step of this case happened on (steps may not go backwards). */
	LocalDate lastStepDate() {
		LocalDate last = this.openedOn;
		for (LocalDate d : new LocalDate[] { this.summonsDate, this.examinedOn, this.decreeDate, this.deliveredOn,
				this.completedOn }) {
			if (d != null && d.isAfter(last)) {
				last = d;
			}
		}
		return last;
	}

	void summon(LocalDate date, String number, LocalDate examinationDate, String note, Instant now, String by) {
		if (this.summonsCount == 1) {
			// The second summons: the first letter stays on the record.
			this.firstSummonsNumber = this.summonsNumber;
			this.firstSummonsDate = this.summonsDate;
			this.firstExaminationDate = this.examinationDate;
		}
		this.status = CaseStatus.SUMMONED;
		this.summonsDate = date;
		this.summonsNumber = number;
		this.examinationDate = examinationDate;
		this.summonsCount++;
		step(note, now, by);
	}

	void examine(LocalDate date, String examiner, boolean team, String note, Instant now, String by) {
		this.status = CaseStatus.EXAMINED;
		this.examinedOn = date;
		this.examiner = examiner;
		this.examinedByTeam = team;
		step(note, now, by);
	}

	void decide(LocalDate date, String number, String authority, Proposal sanction, LocalDate from, LocalDate to,
			Subject subject, String note, Instant now, String by) {
		this.status = CaseStatus.DECIDED;
		this.decreeDate = date;
		this.decreeNumber = number;
		this.decreeAuthority = authority;
		this.level = sanction.level();
		this.sanction = sanction.sanction();
		this.sanctionLabel = sanction.label();
		if (sanction.legalBasis() != null) {
			this.legalBasis = sanction.legalBasis();
		}
		this.effectiveFrom = from;
		this.effectiveTo = to;
		describe(subject);
		step(note, now, by);
	}

	void deliver(LocalDate date, String note, Instant now, String by) {
		this.status = CaseStatus.DELIVERED;
		this.deliveredOn = date;
		step(note, now, by);
	}

	void complete(LocalDate date, String note, Instant now, String by) {
		this.status = CaseStatus.COMPLETED;
		this.completedOn = date;
		step(note, now, by);
	}

	void cancel(LocalDate date, String reason, Instant now, String by) {
		this.status = CaseStatus.CANCELLED;
		this.cancelledOn = date;
		this.cancelReason = reason;
		step(null, now, by);
	}

	/**
	 * The heavier decree that replaced this one was cancelled: this one applies again.
	 */
	void restore(Instant now, String by) {
		this.supersededById = null;
		touch(now, by);
	}

	void supersededBy(long caseId, Instant now, String by) {
		this.supersededById = caseId;
		touch(now, by);
	}

	private void describe(Subject subject) {
		this.employeeName = subject.name();
		this.employeeRank = subject.rank();
		this.employeePosition = subject.position();
		this.unitId = subject.unitId();
		this.unitCode = subject.unitCode();
		this.unitName = subject.unitName();
	}

	private void step(String note, Instant now, String by) {
		this.lastNote = note;
		touch(now, by);
	}

	private void touch(Instant now, String by) {
		this.updatedAt = now;
		this.updatedBy = by;
	}

	/** The employee as the case names him. */
	record Subject(long employeeId, String nip, String name, String rank, String position, long unitId, String unitCode,
			String unitName, id.siapel.employee.EmploymentType employmentType) {
	}

	/** A sanction: level, code, name, article, proposed authority. */
	record Proposal(SanctionLevel level, String sanction, String label, String legalBasis, String authority) {
	}

}
