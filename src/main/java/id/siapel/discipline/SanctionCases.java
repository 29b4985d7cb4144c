package id.siapel.discipline;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import id.siapel.discipline.cases.CaseStatus;
import id.siapel.organization.UnitTree;
import id.siapel.organization.UnitView;
import id.siapel.organization.Units;
import id.siapel.shared.NotFoundException;
import id.siapel.shared.RuleViolationException;
import id.siapel.shared.SqlArrays;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decided sanction cases for other modules (the report module prints them): the Sekda's
 * list by decree period, OPD and level, and one employee's decided sanctions. Read-only;
 * cases are opened and moved in the discipline module.
 */
@Service
@RequiredArgsConstructor
@PreAuthorize("hasAnyRole('HR', 'SECRETARY', 'ADMIN')")
public class SanctionCases {

	private static final String SELECT = """
			select c.id, c.nip, c.employee_name, c.employee_rank, c.employee_position, c.unit_code, c.unit_name,
			       c.year, c.violation, c.article, c.level, c.sanction, c.sanction_label, c.legal_basis,
			       c.decree_number, c.decree_date, c.decree_authority, c.effective_from, c.effective_to, c.status,
			       c.superseded_by_id is not null as superseded, s.decree_number as superseded_decree,
			       h.effective_from as superseded_from
			from sanction_case c left join sanction_case s on s.id = c.supersedes_id
			     left join sanction_case h on h.id = c.superseded_by_id
			where c.status in ('DECIDED', 'DELIVERED', 'COMPLETED')
			""";

	private final JdbcClient jdbc;

	private final Units units;

	/**
	 * The decided cases whose decree date lies in the period, in the unit and everything
	 * below it, of the level; superseded decrees left out (the heaviest applies). Sorted
	 * by decree date, then name without its titles (the order the decrees were made, as
	 * the Sekda reads them; "Dr. H. Ahmad" among the A).
	 * @param from first decree date
	 * @param to last decree date
	 * @param unitCode an OPD or unit, or {@code null} for all
	 * @param level {@code LIGHT}, {@code MODERATE}, {@code SEVERE}, or {@code null}
	 */
	@Transactional(readOnly = true)
	public List<DecidedCaseView> decided(LocalDate from, LocalDate to, String unitCode, String level) {
		if (from == null || to == null || to.isBefore(from)) {
			throw new RuleViolationException("to", "sanctionList.period.invalid");
		}
		if (level != null && !Set.of("LIGHT", "MODERATE", "SEVERE").contains(level)) {
			throw new RuleViolationException("level", "sanctionList.level.invalid");
		}
		List<Long> unitIds = null;
		if (unitCode != null && !unitCode.isBlank()) {
			UnitTree tree = this.units.tree();
			UnitView unit = tree.byCode(unitCode.strip().toUpperCase(Locale.ROOT))
				.orElseThrow(() -> new NotFoundException("unit.notFound", unitCode));
			unitIds = List.copyOf(tree.subtreeIds(unit.id()));
		}
		String sql = SELECT + " and c.superseded_by_id is null and c.decree_date between :from and :to"
				+ ((level != null) ? " and c.level = :level" : "")
				+ ((unitIds != null) ? " and c.unit_id = any(:units)" : "") + " order by c.decree_date,"
				+ " lower(coalesce((select e.name from employee e where e.nip = c.nip), c.employee_name)), c.id";
		var statement = this.jdbc.sql(sql).param("from", from).param("to", to);
		if (level != null) {
			statement = statement.param("level", level);
		}
		if (unitIds != null) {
			statement = statement.param("units", SqlArrays.bigints(unitIds));
		}
		return statement.query(SanctionCases::row).list();
	}

	/**
	 * How many cases stand in each state, every year and unit (one aggregate query): the
	 * Sekda's home page. Every state is in the map, in the order of the procedure.
	 */
	@Transactional(readOnly = true)
	public Map<CaseStatus, Long> countsByStatus() {
		Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
		Arrays.stream(CaseStatus.values()).forEach((status) -> counts.put(status, 0L));
		this.jdbc.sql("select status, count(*) as n from sanction_case group by status").query((rs) -> {
			counts.put(CaseStatus.valueOf(rs.getString("status")), rs.getLong("n"));
		});
		return counts;
	}

	/**
	 * How many sanctions of each level were decided with a decree dated in the period,
	 * superseded decrees left out: the counts of {@link #decided} per level (one
	 * aggregate query). Keys {@code LIGHT}, {@code MODERATE}, {@code SEVERE}, in that
	 * order.
	 */
	@Transactional(readOnly = true)
	public Map<String, Long> decidedPerLevel(LocalDate from, LocalDate to) {
		Map<String, Long> counts = new LinkedHashMap<>();
		List.of("LIGHT", "MODERATE", "SEVERE").forEach((level) -> counts.put(level, 0L));
		this.jdbc.sql("""
				select c.level, count(*) as n from sanction_case c
				where c.status in ('DECIDED', 'DELIVERED', 'COMPLETED') and c.superseded_by_id is null
				  and c.decree_date between :from and :to and c.level in ('LIGHT', 'MODERATE', 'SEVERE')
				group by c.level""").param("from", from).param("to", to).query((rs) -> {
			counts.put(rs.getString("level"), rs.getLong("n"));
		});
		return counts;
	}

	/**
	 * Every decided sanction of an employee, newest decree first, superseded ones too.
	 */
	@Transactional(readOnly = true)
	public List<DecidedCaseView> ofEmployee(String nip) {
		return this.jdbc.sql(SELECT + " and c.nip = :nip order by c.decree_date desc, c.id desc")
			.param("nip", nip)
			.query(SanctionCases::row)
			.list();
	}

	private static DecidedCaseView row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new DecidedCaseView(rs.getLong("id"), rs.getString("nip"), rs.getString("employee_name"),
				rs.getString("employee_rank"), rs.getString("employee_position"), rs.getString("unit_code"),
				rs.getString("unit_name"), rs.getInt("year"), rs.getString("violation"), rs.getString("article"),
				rs.getString("level"), rs.getString("sanction"), rs.getString("sanction_label"),
				rs.getString("legal_basis"), rs.getString("decree_number"),
				rs.getObject("decree_date", LocalDate.class), rs.getString("decree_authority"),
				rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class),
				rs.getString("status"), rs.getBoolean("superseded"), rs.getString("superseded_decree"),
				rs.getObject("superseded_from", LocalDate.class));
	}

}
