package id.siapel.discipline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.siapel.attendance.AttendanceStatus;
import id.siapel.attendance.Session;
import id.siapel.calendar.CalendarDay;
import id.siapel.calendar.WorkCalendar;
import id.siapel.calendar.WorkCalendars;
import id.siapel.discipline.DisciplineStore.EmployeeDay;
import id.siapel.employee.EmployeeDirectory;
import id.siapel.employee.NipRules;
import id.siapel.employee.PersonName;
import id.siapel.employee.RosterEntry;
import id.siapel.organization.UnitTree;
import id.siapel.organization.UnitView;
import id.siapel.organization.Units;
import id.siapel.security.CurrentUser;
import id.siapel.shared.AuditRecord;
import id.siapel.shared.NotFoundException;
import id.siapel.shared.RuleViolationException;
import id.siapel.shared.RuleViolationException.Problem;
import id.siapel.shared.SqlArrays;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspections (sidak): who inspected which unit, on which day at what time, whom they
 * found absent, with photos or documents as evidence. Someone found absent whom the
 * unit's sheet marks present raises {@code INSPECTION_MISMATCH}, now or when the sheet is
 * submitted later; correcting the sheet to TK withdraws it. Recorded by BKPSDM (HR) or an
 * administrator; read also by the Sekda.
 */
@Service
@RequiredArgsConstructor
public class Inspections {

	/** The longest name of an inspector and the longest note. */
	static final int MAX_INSPECTOR = 200;

	static final int MAX_NOTE = 1000;

	private final JdbcClient jdbc;

	private final Units units;

	private final EmployeeDirectory employees;

	private final WorkCalendars calendars;

	private final FlagRaiser flagRaiser;

	private final InspectionEvidence evidence;

	private final CurrentUser currentUser;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/**
	 * Records an inspection and raises its flags. Every problem of the input at once
	 * (422): unknown unit, missing or future day, a day the unit does not work, an
	 * evening roll call that has not started, a missing or future time, unknown NIPs and
	 * employees who were not in the unit that day, evidence that is not a JPEG, PNG or
	 * PDF of at most 5 MB.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	public long record(RecordInspection command) {
		List<Problem> problems = new ArrayList<>();
		UnitView unit = (command.unitCode() == null || command.unitCode().isBlank()) ? null
				: this.units.find(command.unitCode().strip()).orElse(null);
		if (unit == null) {
			problems.add((command.unitCode() == null || command.unitCode().isBlank())
					? new Problem("unitCode", "inspection.unit.required")
					: new Problem("unitCode", "unit.unknown", command.unitCode()));
		}
		ZonedDateTime now = ZonedDateTime.now(this.clock);
		LocalDate day = command.day();
		WorkCalendar calendar = this.calendars.current();
		boolean dayUsable = false;
		if (day == null) {
			problems.add(new Problem("day", "inspection.day.required"));
		}
		else if (day.isAfter(now.toLocalDate())) {
			problems.add(new Problem("day", "inspection.day.future"));
		}
		else if (day.isBefore(now.toLocalDate().minusYears(5))) {
			problems.add(new Problem("day", "inspection.day.tooOld", 5));
		}
		else if (unit != null) {
			CalendarDay calendarDay = calendar.forUnit(unit.id()).day(day);
			if (!calendarDay.working()) {
				problems.add(calendarDay.names().isEmpty() ? new Problem("day", "inspection.day.weekend")
						: new Problem("day", "inspection.day.nonWorking", String.join(", ", calendarDay.names())));
			}
			else {
				dayUsable = true;
			}
		}
		if (command.session() == null) {
			problems.add(new Problem("session", "inspection.session.required"));
		}
		else if (day != null && day.equals(now.toLocalDate()) && command.session() == Session.EVENING
				&& now.toLocalTime().isBefore(calendar.apelTimesOn(day).eveningApel())) {
			problems.add(new Problem("session", "inspection.session.notStarted"));
		}
		LocalTime time = inspectionTime(command, now, problems);
		if (command.inspectorKind() == null) {
			problems.add(new Problem("inspectorKind", "inspection.inspectorKind.required"));
		}
		String inspector = (command.inspector() != null) ? command.inspector().strip() : "";
		if (inspector.isEmpty() || inspector.length() > MAX_INSPECTOR) {
			problems.add(new Problem("inspector", "inspection.inspector.required", MAX_INSPECTOR));
		}
		String note = (command.note() != null && !command.note().isBlank()) ? command.note().strip() : null;
		if (note != null && note.length() > MAX_NOTE) {
			problems.add(new Problem("note", "inspection.note.tooLong", MAX_NOTE));
		}
		Map<String, Long> absent = new LinkedHashMap<>();
		List<String> given = (command.absentNips() != null) ? command.absentNips() : List.of();
		if (given.size() > 5000) {
			problems.add(new Problem("absentNips", "inspection.employee.tooMany", 5000));
		}
		else if (unit != null && dayUsable) {
			Map<String, RosterEntry> roster = rosterOf(unit, day).stream()
				.collect(Collectors.toMap(RosterEntry::nip, Function.identity(), (a, b) -> a));
			Set<String> nips = new LinkedHashSet<>();
			given.stream().filter((nip) -> nip != null && !nip.isBlank()).map(NipRules::normalize).forEach(nips::add);
			Map<String, Long> known = this.employees
				.idsOf(nips.stream().filter((nip) -> !roster.containsKey(nip)).toList());
			int index = 0;
			for (String nip : nips) {
				String field = "absentNips[" + index++ + "]";
				RosterEntry person = roster.get(nip);
				if (person != null) {
					absent.put(nip, person.employeeId());
				}
				else if (known.containsKey(nip)) {
					problems.add(new Problem(field, "inspection.employee.notInUnit", nip, unit.name()));
				}
				else {
					problems.add(new Problem(field, "inspection.employee.unknown", nip));
				}
			}
		}
		List<InspectionEvidence.Checked> files = this.evidence.check(command.evidence(), 0, "evidence", problems);
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems);
		}
		Instant recordedAt = this.clock.instant();
		String recordedBy = this.currentUser.require().getUsername();
		long id = this.jdbc.sql("""
				insert into inspection (unit_id, day, session, inspected_at, inspected_time, inspector_kind, inspector,
				    note, created_at, created_by)
				values (:unit, :day, :session, :at, :time, :kind, :inspector, :note, :now, :by) returning id""")
			.param("unit", unit.id())
			.param("day", day)
			.param("session", command.session().name())
			.param("at", java.sql.Timestamp.from(day.atTime(time).atZone(this.clock.getZone()).toInstant()))
			.param("time", time)
			.param("kind", command.inspectorKind().name())
			.param("inspector", inspector)
			.param("note", note)
			.param("now", java.sql.Timestamp.from(recordedAt))
			.param("by", recordedBy)
			.query(Long.class)
			.single();
		this.evidence.store(id, files, recordedAt, recordedBy);
		if (!absent.isEmpty()) {
			this.jdbc.sql("insert into inspection_absentee (inspection_id, employee_id) select :id, unnest(:employees)")
				.param("id", id)
				.param("employees", SqlArrays.bigints(absent.values()))
				.update();
		}
		Set<EmployeeDay> days = new LinkedHashSet<>();
		absent.values().forEach((employee) -> days.add(new EmployeeDay(employee, day)));
		this.flagRaiser.evaluate(days);
		this.events
			.publishEvent(new AuditRecord("INSPECTION_RECORDED", unit.code() + " " + day + " " + command.session(),
					command.inspectorKind() + " " + inspector + "; absent: " + String.join(", ", absent.keySet()),
					unit.code()));
		return id;
	}

	/**
	 * The time of the inspection: required, not after now; from {@code inspectedAt} (API
	 * clients of before the time was asked) when only that is given, on the same day.
	 */
	private LocalTime inspectionTime(RecordInspection command, ZonedDateTime now, List<Problem> problems) {
		LocalTime time = command.time();
		if (time == null && command.inspectedAt() != null) {
			ZonedDateTime at = command.inspectedAt().atZone(this.clock.getZone());
			if (command.day() != null && !at.toLocalDate().equals(command.day())) {
				problems.add(new Problem("time", "inspection.time.otherDay"));
				return null;
			}
			time = at.toLocalTime();
		}
		if (time == null) {
			problems.add(new Problem("time", "inspection.time.required"));
			return null;
		}
		time = time.truncatedTo(ChronoUnit.MINUTES);
		if (command.day() != null && command.day().equals(now.toLocalDate()) && time.isAfter(now.toLocalTime())) {
			problems.add(new Problem("time", "inspection.time.future"));
		}
		return time;
	}

	/**
	 * Attaches photos or documents to an inspection: each a JPEG, PNG or PDF by its
	 * content, at most 5 MB, ten per inspection (422 otherwise, 404 unknown inspection).
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	public List<Evidence> attach(long inspectionId, List<EvidenceUpload> uploads) {
		InspectionView inspection = visible(inspectionId);
		List<Problem> problems = new ArrayList<>();
		List<InspectionEvidence.Checked> files = this.evidence.check(uploads, this.evidence.count(inspectionId),
				"evidence", problems);
		if (problems.isEmpty() && files.isEmpty()) {
			problems.add(new Problem("evidence", "inspection.evidence.missing"));
		}
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems);
		}
		this.evidence.store(inspectionId, files, this.clock.instant(), this.currentUser.require().getUsername());
		this.events.publishEvent(new AuditRecord("INSPECTION_EVIDENCE_ADDED",
				inspection.unitCode() + " " + inspection.day() + " " + inspection.session(),
				files.stream().map(InspectionEvidence.Checked::fileName).collect(Collectors.joining(", ")),
				inspection.unitCode()));
		return visible(inspectionId).evidence();
	}

	/** One inspection (404 unknown). */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('HR', 'SECRETARY', 'ADMIN')")
	public InspectionView find(long id) {
		return visible(id);
	}

	/**
	 * A photo or document of an inspection, to whoever may see the inspection (404 when
	 * either is unknown or the file belongs to another inspection).
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('HR', 'SECRETARY', 'ADMIN')")
	public EvidenceFile evidenceFile(long inspectionId, long evidenceId) {
		visible(inspectionId);
		return this.evidence.load(inspectionId, evidenceId)
			.orElseThrow(() -> new NotFoundException("inspection.evidence.notFound", evidenceId));
	}

	/**
	 * The inspection as whoever may see it sees it: how viewing and downloading check.
	 */
	private InspectionView visible(long id) {
		return page(null, null, null, id, 0, 1).items()
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("inspection.notFound", id));
	}

	/**
	 * One page of inspections, newest day first, with whom each found absent, what the
	 * sheet says about them and whether that raised a flag.
	 * @param from first day, or {@code null}
	 * @param to last day, or {@code null}
	 * @param unitCode a unit with everything below it, or {@code null}: all
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('HR', 'SECRETARY', 'ADMIN')")
	public InspectionPage search(LocalDate from, LocalDate to, String unitCode, int page, int size) {
		if (from != null && to != null && to.isBefore(from)) {
			throw new RuleViolationException("to", "inspection.range.reversed");
		}
		return page(from, to, unitCode, null, page, size);
	}

	private InspectionPage page(LocalDate from, LocalDate to, String unitCode, Long id, int page, int size) {
		UnitTree tree = this.units.tree();
		StringBuilder where = new StringBuilder(" where true");
		Map<String, Object> params = new HashMap<>();
		if (unitCode != null && !unitCode.isBlank()) {
			UnitView unit = tree.byCode(unitCode.strip())
				.orElseThrow(() -> new NotFoundException("unit.notFound", unitCode));
			where.append(" and i.unit_id = any(:units)");
			params.put("units", SqlArrays.bigints(tree.subtreeIds(unit.id())));
		}
		if (from != null) {
			where.append(" and i.day >= :from");
			params.put("from", from);
		}
		if (to != null) {
			where.append(" and i.day <= :to");
			params.put("to", to);
		}
		if (id != null) {
			where.append(" and i.id = :id");
			params.put("id", id);
		}
		long total = this.jdbc.sql("select count(*) from inspection i" + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("limit", size);
		params.put("offset", (long) page * size);
		List<InspectionView> items = new ArrayList<>();
		this.jdbc
			.sql("""
					select i.id, i.unit_id, i.day, i.session, i.inspected_at, i.inspected_time, i.inspector_kind,
					    i.inspector, i.note, i.created_at, i.created_by
					from inspection i""" + where
					+ " order by i.day desc, i.inspected_at desc, i.id desc limit :limit offset :offset")
			.params(params)
			.query((rs) -> {
				UnitView unit = tree.byId(rs.getLong("unit_id")).orElse(null);
				items.add(new InspectionView(rs.getLong("id"), (unit != null) ? unit.code() : null,
						(unit != null) ? unit.name() : null, rs.getObject("day", LocalDate.class),
						Session.valueOf(rs.getString("session")), rs.getObject("inspected_time", LocalTime.class),
						rs.getTimestamp("inspected_at").toInstant(),
						InspectorKind.valueOf(rs.getString("inspector_kind")), rs.getString("inspector"),
						rs.getString("note"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
						new ArrayList<>(), new ArrayList<>()));
			});
		if (!items.isEmpty()) {
			Map<Long, InspectionView> byId = new HashMap<>();
			items.forEach((item) -> byId.put(item.id(), item));
			this.evidence.of(byId.keySet())
				.forEach((inspection, files) -> byId.get(inspection).evidence().addAll(files));
			this.jdbc.sql("""
					select a.inspection_id, e.nip, e.front_title, e.name, e.back_title, r.status,
					    exists (select 1 from discipline_flag f where f.withdrawn_at is null
					        and f.cause_key = 'INSPECTION_MISMATCH:' || a.employee_id || ':' || i.id) as flagged
					from inspection_absentee a
					join inspection i on i.id = a.inspection_id
					join employee e on e.id = a.employee_id
					left join attendance_record r on r.employee_id = a.employee_id and r.day = i.day
					    and r.session = i.session
					where a.inspection_id = any(:ids)
					order by e.name, e.nip""").param("ids", SqlArrays.bigints(byId.keySet())).query((rs) -> {
				String status = rs.getString("status");
				byId.get(rs.getLong("inspection_id"))
					.absentees()
					.add(new Absentee(rs.getString("nip"),
							new PersonName(rs.getString("front_title"), rs.getString("name"),
									rs.getString("back_title"))
								.display(),
							(status != null) ? AttendanceStatus.valueOf(status) : null, rs.getBoolean("flagged")));
			});
		}
		return new InspectionPage(items, page, size, total);
	}

	/**
	 * The people of a unit (with its sub-units) on a day, for choosing whom an inspection
	 * found absent, with what the sheet of that session says about them: those already
	 * chosen always, then those matching the search, at most {@code limit}.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	public Roster roster(String unitCode, LocalDate day, Session session, String query, Collection<String> chosen,
			int limit) {
		UnitView unit = (unitCode == null || unitCode.isBlank()) ? null
				: this.units.find(unitCode.strip()).orElse(null);
		if (unit == null || day == null || session == null || day.isAfter(LocalDate.now(this.clock))) {
			return Roster.EMPTY;
		}
		CalendarDay calendarDay = this.calendars.current().forUnit(unit.id()).day(day);
		if (!calendarDay.working()) {
			return new Roster(true, false, false, 0, List.of(), 0);
		}
		List<RosterEntry> people = rosterOf(unit, day);
		Map<Long, AttendanceStatus> statuses = new HashMap<>();
		this.jdbc.sql("""
				select employee_id, status from attendance_record
				where employee_id = any(:employees) and day = :day and session = :session""")
			.param("employees", SqlArrays.bigints(people.stream().map(RosterEntry::employeeId).toList()))
			.param("day", day)
			.param("session", session.name())
			.query((rs) -> {
				statuses.put(rs.getLong("employee_id"), AttendanceStatus.valueOf(rs.getString("status")));
			});
		UnitTree tree = this.units.tree();
		Set<String> picked = new LinkedHashSet<>();
		if (chosen != null) {
			chosen.stream()
				.filter((nip) -> nip != null && !nip.isBlank())
				.map(NipRules::normalize)
				.forEach(picked::add);
		}
		String needle = (query != null) ? query.strip().toLowerCase(Locale.ROOT) : "";
		List<RosterLine> lines = new ArrayList<>();
		List<RosterLine> matching = new ArrayList<>();
		for (RosterEntry person : people) {
			RosterLine line = new RosterLine(person.nip(), person.displayName(), person.position(),
					tree.byId(person.unitId()).map(UnitView::name).orElse(null), statuses.get(person.employeeId()),
					picked.contains(person.nip()));
			if (line.chosen()) {
				lines.add(line);
			}
			else if (needle.isEmpty() || person.nip().contains(needle)
					|| person.displayName().toLowerCase(Locale.ROOT).contains(needle)) {
				matching.add(line);
			}
		}
		int matches = lines.size() + matching.size();
		matching.stream().limit(Math.max(0, limit - lines.size())).forEach(lines::add);
		return new Roster(true, true, !statuses.isEmpty(), people.size(), lines, matches);
	}

	/** Today in the Pemda's zone (the form's default day). */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private List<RosterEntry> rosterOf(UnitView unit, LocalDate day) {
		return this.employees.roster(this.units.tree().subtreeIds(unit.id()), day);
	}

	/**
	 * An inspection to record.
	 *
	 * @param unitCode the unit inspected (with its sub-units)
	 * @param day the day
	 * @param session the roll call it concerns
	 * @param time the time of the inspection (jam sidak) in the Pemda's zone
	 * @param inspectedAt the same as an instant, only read when {@code time} is missing
	 * @param inspectorKind Bupati, Sekda, Inspektorat or BKPSDM
	 * @param inspector who (name and office)
	 * @param note what was found
	 * @param absentNips the employees found absent
	 * @param evidence photos or documents, may be empty
	 */
	public record RecordInspection(String unitCode, LocalDate day, Session session, LocalTime time, Instant inspectedAt,
			InspectorKind inspectorKind, String inspector, String note, List<String> absentNips,
			List<EvidenceUpload> evidence) {
	}

	/** A file sent as evidence, its type not yet known. */
	public record EvidenceUpload(String fileName, byte[] content) {
	}

	/**
	 * A photo or document of an inspection, without its content.
	 *
	 * @param contentType {@code image/jpeg}, {@code image/png} or {@code application/pdf}
	 * @param size in bytes
	 */
	public record Evidence(long id, String fileName, String contentType, int size, Instant createdAt,
			String createdBy) {
	}

	/** A photo or document with its content, to download. */
	public record EvidenceFile(String fileName, String contentType, byte[] content) {
	}

	/** Who inspected. */
	public enum InspectorKind {

		/** The Bupati or Wali Kota. */
		REGENT,
		/** The Sekda. */
		SECRETARY,
		/** The Inspektorat. */
		INSPECTORATE,
		/** BKPSDM. */
		HR

	}

	/**
	 * An inspection as the list and the API show it.
	 *
	 * @param time the time of the inspection, {@code null} for one recorded before it was
	 * asked
	 */
	public record InspectionView(long id, String unitCode, String unitName, LocalDate day, Session session,
			LocalTime time, Instant inspectedAt, InspectorKind inspectorKind, String inspector, String note,
			Instant createdAt, String createdBy, List<Absentee> absentees, List<Evidence> evidence) {

		/** How many of those found absent the sheet marks present (flagged). */
		public long mismatches() {
			return this.absentees.stream().filter(Absentee::flagged).count();
		}

	}

	/**
	 * Someone an inspection found absent.
	 *
	 * @param status what the sheet of that session says, or {@code null} if not submitted
	 * @param flagged an open {@code INSPECTION_MISMATCH} stands for it
	 */
	public record Absentee(String nip, String name, AttendanceStatus status, boolean flagged) {
	}

	/** One page of inspections. */
	public record InspectionPage(List<InspectionView> items, int page, int size, long total) {

		public int totalPages() {
			return (int) ((this.total + this.size - 1) / this.size);
		}

	}

	/**
	 * The people to choose from.
	 *
	 * @param ready a known unit, a day not in the future and a session were given
	 * @param workingDay the unit works that day (else nobody)
	 * @param submitted the sheet of that session has records
	 * @param total everyone on the roster
	 * @param lines those chosen, then those matching the search
	 * @param matches how many are chosen or match (more than the lines when cut)
	 */
	public record Roster(boolean ready, boolean workingDay, boolean submitted, int total, List<RosterLine> lines,
			int matches) {

		static final Roster EMPTY = new Roster(false, false, false, 0, List.of(), 0);

		public boolean cut() {
			return this.matches > this.lines.size();
		}

	}

	/**
	 * One person on the roster.
	 *
	 * @param status what the sheet says, or {@code null} if not submitted
	 * @param chosen already chosen as found absent
	 */
	public record RosterLine(String nip, String name, String position, String unitName, AttendanceStatus status,
			boolean chosen) {
	}

}
