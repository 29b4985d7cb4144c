package id.siapel.employee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.siapel.organization.StaffLookup;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers the organization module's questions about staff (unit heads, head counts). */
@Component
@RequiredArgsConstructor
class StaffLookupAdapter implements StaffLookup {

	private final JdbcClient jdbc;

	@Override
	@Transactional(readOnly = true)
	public Optional<Long> employeeIdByNip(String nip) {
		return this.jdbc.sql("select id from employee where nip = :nip")
			.param("nip", NipRules.normalize(nip))
			.query(Long.class)
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isAssigned(long employeeId, long unitId, LocalDate day) {
		return this.jdbc.sql("""
				select count(*) from employee_assignment
				where employee_id = :employee and unit_id = :unit
				  and (valid_from is null or valid_from <= :day) and (valid_to is null or valid_to > :day)""")
			.param("employee", employeeId)
			.param("unit", unitId)
			.param("day", day)
			.query(Integer.class)
			.single() > 0;
	}

	@Override
	@Transactional(readOnly = true)
	public Set<Long> unitsNotStaffedBy(Map<Long, Long> employeeByUnit, LocalDate day) {
		if (employeeByUnit.isEmpty()) {
			return Set.of();
		}
		List<Map.Entry<Long, Long>> pairs = new ArrayList<>(employeeByUnit.entrySet());
		return new HashSet<>(this.jdbc
			.sql("""
					select x.unit_id from unnest(:units::bigint[], :employees::bigint[]) as x(unit_id, employee_id)
					where not exists (
					    select 1 from employee_assignment a
					    where a.employee_id = x.employee_id and a.unit_id = x.unit_id
					      and (a.valid_from is null or a.valid_from <= :day) and (a.valid_to is null or a.valid_to > :day))""")
			.param("units", pairs.stream().map(Map.Entry::getKey).toArray(Long[]::new))
			.param("employees", pairs.stream().map(Map.Entry::getValue).toArray(Long[]::new))
			.param("day", day)
			.query(Long.class)
			.list());
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, StaffMember> describe(Collection<Long> employeeIds) {
		Map<Long, StaffMember> members = new HashMap<>();
		if (!employeeIds.isEmpty()) {
			this.jdbc.sql("select id, nip, front_title, name, back_title from employee where id in (:ids)")
				.param("ids", employeeIds)
				.query((rs) -> {
					members.put(rs.getLong("id"),
							new StaffMember(rs.getLong("id"), rs.getString("nip"), EmployeeDirectory.displayName(rs)));
				});
		}
		return members;
	}

	@Override
	@Transactional(readOnly = true)
	public List<StaffMember> assignedTo(long unitId, LocalDate day) {
		return this.jdbc.sql("""
				select e.id, e.nip, e.front_title, e.name, e.back_title
				from employee_assignment a join employee e on e.id = a.employee_id
				where a.unit_id = :unit and (a.valid_from is null or a.valid_from <= :day)
				  and (a.valid_to is null or a.valid_to > :day)
				order by e.name""")
			.param("unit", unitId)
			.param("day", day)
			.query((rs, n) -> new StaffMember(rs.getLong("id"), rs.getString("nip"), EmployeeDirectory.displayName(rs)))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Integer> headcountByUnit(LocalDate day) {
		Map<Long, Integer> counts = new HashMap<>();
		this.jdbc.sql("""
				select unit_id, count(*) as n from employee_assignment
				where (valid_from is null or valid_from <= :day) and (valid_to is null or valid_to > :day)
				group by unit_id""").param("day", day).query((rs) -> {
			counts.put(rs.getLong("unit_id"), rs.getInt("n"));
		});
		return counts;
	}

}
