package id.siapel.calendar.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import id.siapel.calendar.CalendarDay;
import id.siapel.calendar.CalendarDays;
import id.siapel.calendar.CalendarImport;
import id.siapel.calendar.CalendarViews;
import id.siapel.calendar.DayInput;
import id.siapel.calendar.DayKind;
import id.siapel.calendar.MonitoringKind;
import id.siapel.calendar.MonitoringPeriodView;
import id.siapel.calendar.MonitoringPeriods;
import id.siapel.calendar.SpecialDay;
import id.siapel.calendar.UnitCalendar;
import id.siapel.organization.UnitTree;
import id.siapel.organization.UnitView;
import id.siapel.organization.Units;
import id.siapel.shared.RuleViolationException;
import lombok.RequiredArgsConstructor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calendar API (api.md, Calendar): read for every role, for any unit; write for ADMIN
 * and HR.
 */
@RestController
@RequestMapping("/api/v1")
@RequiredArgsConstructor
class CalendarApiController {

	/**
	 * Longest range one {@code GET /calendar} answers: ten years (a day is a few bytes of
	 * JSON from the in-memory calendar; the bound only keeps a typo such as year 20250
	 * from producing millions of entries).
	 */
	static final int MAX_RANGE_DAYS = 3653;

	private final CalendarViews views;

	private final CalendarDays days;

	private final CalendarImport imports;

	private final MonitoringPeriods periods;

	private final Units units;

	/**
	 * One entry per date from {@code from} to {@code to}, for the unit's work pattern and
	 * unit-restricted days (without {@code unit}: the Pemda-wide five-day view, or a
	 * UNIT_HEAD's own unit).
	 */
	@GetMapping("/calendar")
	List<CalendarDayJson> calendar(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String unit) {
		if (to.isBefore(from)) {
			throw new RuleViolationException("to", "calendar.range.order");
		}
		if (ChronoUnit.DAYS.between(from, to) >= MAX_RANGE_DAYS) {
			throw new RuleViolationException("to", "calendar.range.tooLong", MAX_RANGE_DAYS);
		}
		UnitCalendar calendar = this.views.forUnitCode(unit).days();
		List<CalendarDayJson> entries = new ArrayList<>();
		for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
			entries.add(CalendarDayJson.of(calendar.day(date)));
		}
		return entries;
	}

	@PostMapping("/calendar/days")
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	ResponseEntity<SpecialDayJson> addDay(@RequestBody DayRequest request) {
		SpecialDay day = this.days.add(request.toInput()).get(0);
		UnitTree tree = this.units.tree();
		return ResponseEntity.created(URI.create("/api/v1/calendar?from=" + day.date() + "&to=" + day.date()))
			.body(SpecialDayJson.of(day, tree));
	}

	@DeleteMapping("/calendar/days/{date}")
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	ResponseEntity<Void> deleteDays(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam DayKind kind) {
		this.days.deleteOn(date, kind);
		return ResponseEntity.noContent().build();
	}

	/**
	 * A CSV list (columns of the reference CSV plus optional unit_codes); all or nothing.
	 */
	@PostMapping(path = "/calendar/days/import", consumes = "text/csv")
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	CalendarImport.Outcome importDays(@RequestBody byte[] csv, @RequestParam(defaultValue = "false") boolean replace) {
		return this.imports.importCsv("api.csv", csv, replace);
	}

	@GetMapping("/monitoring-periods")
	List<PeriodJson> monitoringPeriods() {
		return this.periods.allWithVersions()
			.stream()
			.map((editable) -> PeriodJson.of(editable.period(), editable.version()))
			.toList();
	}

	@PostMapping("/monitoring-periods")
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	ResponseEntity<PeriodJson> createPeriod(@RequestBody PeriodRequest request) {
		MonitoringPeriodView created = this.periods.create(request.toInput());
		return ResponseEntity.created(URI.create("/api/v1/monitoring-periods/" + created.id()))
			.body(PeriodJson.of(created, 0L));
	}

	@GetMapping("/monitoring-periods/{id}")
	PeriodJson monitoringPeriod(@PathVariable long id) {
		MonitoringPeriods.Editable editable = this.periods.get(id);
		return PeriodJson.of(editable.period(), editable.version());
	}

	/** Changes a period; {@code version} must be the current one (else 409). */
	@PutMapping("/monitoring-periods/{id}")
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	PeriodJson changePeriod(@PathVariable long id, @RequestBody PeriodRequest request) {
		if (request.version() == null) {
			throw new RuleViolationException("version", "monitoring.version.required");
		}
		this.periods.change(id, request.toInput(), request.version());
		MonitoringPeriods.Editable editable = this.periods.get(id);
		return PeriodJson.of(editable.period(), editable.version());
	}

	@DeleteMapping("/monitoring-periods/{id}")
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	ResponseEntity<Void> deletePeriod(@PathVariable long id, @RequestParam(required = false) Long version) {
		this.periods.delete(id, version);
		return ResponseEntity.noContent().build();
	}

	record CalendarDayJson(LocalDate date, boolean working, boolean apelRequired, List<DayKind> kinds,
			List<String> names) {

		static CalendarDayJson of(CalendarDay day) {
			return new CalendarDayJson(day.date(), day.working(), day.apelRequired(), day.kinds(), day.names());
		}

	}

	record DayRequest(LocalDate date, DayKind kind, String name, List<String> unitCodes, String nameEn,
			String instrument, LocalDate instrumentDate, String source) {

		DayInput toInput() {
			return new DayInput(this.date, null, this.kind, this.name, this.nameEn, this.instrument,
					this.instrumentDate, this.source, this.unitCodes);
		}

	}

	record SpecialDayJson(long id, LocalDate date, DayKind kind, String name, String nameEn, List<String> unitCodes,
			String instrument, LocalDate instrumentDate, String source, long version) {

		static SpecialDayJson of(SpecialDay day, UnitTree tree) {
			return new SpecialDayJson(day.id(), day.date(), day.kind(), day.name(), day.nameEn(),
					day.unitIds()
						.stream()
						.map((id) -> tree.byId(id).map(UnitView::code).orElse("#" + id))
						.sorted()
						.toList(),
					day.instrument(), day.instrumentDate(), day.source(), day.version());
		}

	}

	record PeriodRequest(String name, MonitoringKind kind, LocalDate startDate, LocalDate endDate,
			String circularNumber, LocalDate circularDate, Long version) {

		MonitoringPeriods.PeriodInput toInput() {
			return new MonitoringPeriods.PeriodInput(this.name, this.kind, this.startDate, this.endDate,
					this.circularNumber, this.circularDate);
		}

	}

	record PeriodJson(long id, String name, MonitoringKind kind, LocalDate startDate, LocalDate endDate,
			String circularNumber, LocalDate circularDate, long version) {

		static PeriodJson of(MonitoringPeriodView period, long version) {
			return new PeriodJson(period.id(), period.name(), period.kind(), period.startDate(), period.endDate(),
					period.circularNumber(), period.circularDate(), version);
		}

	}

}
