package id.siapel.attendance;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import id.siapel.employee.PersonName;
import id.siapel.organization.UnitTree;
import id.siapel.organization.UnitView;
import id.siapel.shared.SqlArrays;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Lists of registered absences, by the unit each employee belonged to on the first day.
 */
@Repository
@RequiredArgsConstructor
class LeaveQueries {

	private final JdbcClient jdbc;

	List<LeaveView> overlapping(Set<Long> unitIds, LocalDate from, LocalDate to, int limit, long offset,
			UnitTree tree) {
		if (unitIds != null && unitIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select l.id, e.nip, e.front_title, e.name, e.back_title, a.unit_id, l.type, l.start_date, l.end_date,
				    l.reference, l.created_at, l.created_by, l.version
				from leave_period l
				join employee e on e.id = l.employee_id
				left join employee_assignment a on a.employee_id = l.employee_id
				    and (a.valid_from is null or a.valid_from <= l.start_date)
				    and (a.valid_to is null or a.valid_to > l.start_date)
				where l.start_date <= :to and l.end_date >= :from
				  and (cast(:all as boolean) or a.unit_id = any(:units))
				order by l.start_date desc, l.id desc limit :limit offset :offset""")
			.param("from", from)
			.param("to", to)
			.param("all", unitIds == null)
			.param("units", SqlArrays.bigints((unitIds != null) ? unitIds : Set.of()))
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> {
				Long unitId = (Long) rs.getObject("unit_id");
				String unitCode = (unitId != null) ? tree.byId(unitId).map(UnitView::code).orElse(null) : null;
				return new LeaveView(rs.getLong("id"), rs.getString("nip"),
						new PersonName(rs.getString("front_title"), rs.getString("name"), rs.getString("back_title"))
							.display(),
						unitCode, LeaveType.valueOf(rs.getString("type")), rs.getObject("start_date", LocalDate.class),
						rs.getObject("end_date", LocalDate.class), rs.getString("reference"),
						rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"), 0,
						rs.getLong("version"));
			})
			.list();
	}

}
