package id.siapel.calendar;

import java.util.Optional;

import id.siapel.organization.UnitScope;
import id.siapel.organization.UnitScopes;
import id.siapel.organization.UnitView;
import id.siapel.organization.Units;
import id.siapel.shared.NotFoundException;
import lombok.RequiredArgsConstructor;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The calendar as a user sees it: any unit's view (api.md: the calendar is read by every
 * role, not only within scope; an unknown unit → 404), or without a unit the Pemda-wide
 * view (a UNIT_HEAD gets their own unit instead).
 */
@Service
@RequiredArgsConstructor
public class CalendarViews {

	private final WorkCalendars calendars;

	private final Units units;

	private final UnitScopes scopes;

	public Scoped forUnitCode(String unitCode) {
		Optional<UnitView> unit = resolve(unitCode);
		WorkCalendar calendar = this.calendars.current();
		return new Scoped(calendar, unit.orElse(null),
				unit.map((u) -> calendar.forUnit(u.id())).orElse(calendar.general()));
	}

	private Optional<UnitView> resolve(String unitCode) {
		if (unitCode != null && !unitCode.isBlank()) {
			return Optional.of(this.units.find(unitCode)
				.orElseThrow(() -> new NotFoundException("unit.notFound", unitCode.strip())));
		}
		UnitScope scope = this.scopes.current();
		if (scope.all()) {
			return Optional.empty();
		}
		Long own = scope.rootIds().stream().findFirst().orElseThrow(() -> new AccessDeniedException("No unit scope"));
		return this.units.find(own);
	}

	/**
	 * @param calendar the whole calendar
	 * @param unit the unit shown, or {@code null} for the Pemda-wide view
	 * @param days that unit's view (or the general one)
	 */
	public record Scoped(WorkCalendar calendar, UnitView unit, UnitCalendar days) {
	}

}
