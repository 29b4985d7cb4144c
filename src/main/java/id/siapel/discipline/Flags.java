package id.siapel.discipline;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.siapel.employee.NipRules;
import id.siapel.employee.PersonName;
import id.siapel.organization.UnitScope;
import id.siapel.organization.UnitScopes;
import id.siapel.organization.UnitTree;
import id.siapel.organization.UnitView;
import id.siapel.organization.Units;
import id.siapel.security.CurrentUser;
import id.siapel.shared.AuditRecord;
import id.siapel.shared.NotFoundException;
import id.siapel.shared.RuleViolationException;
import id.siapel.shared.SqlArrays;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The flags: the queue with its filters and counts (within the reader's scope), and their
 * review by BKPSDM, the Sekda or an administrator (confirmed or dismissed, with a note).
 */
@Service
@RequiredArgsConstructor
public class Flags {

	private static final String COLUMNS = """
			f.id, f.kind, f.employee_id, e.nip, e.front_title, e.name, e.back_title, f.unit_id, f.day, f.severity,
			f.detail_key, f.detail_args, f.status, f.review_note, f.reviewed_by, f.reviewed_at, f.raised_at,
			f.withdrawn_at, f.version""";

	private final JdbcClient jdbc;

	private final Units units;

	private final UnitScopes scopes;

	private final CurrentUser currentUser;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** One page of flags, newest day first, high severity first within a day. */
	@Transactional(readOnly = true)
	public FlagPage search(FlagFilter filter, int page, int size) {
		UnitTree tree = this.units.tree();
		Where where = where(filter, tree, true);
		if (where == null) {
			return new FlagPage(List.of(), page, size, 0);
		}
		long total = this.jdbc.sql("select count(*) from discipline_flag f" + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		Map<String, Object> params = new HashMap<>(where.params());
		params.put("limit", size);
		params.put("offset", (long) page * size);
		List<FlagView> items = this.jdbc
			.sql("select " + COLUMNS + " from discipline_flag f left join employee e on e.id = f.employee_id"
					+ where.sql() + " order by " + """
							f.day desc, case f.severity when 'HIGH' then 0 when 'NORMAL' then 1 else 2 end,
							f.id desc limit :limit offset :offset""")
			.params(params)
			.query((rs, n) -> {
				UnitView unit = tree.byId(rs.getLong("unit_id")).orElse(null);
				UnitView opd = (unit != null) ? tree.opdOf(unit.id()).orElse(unit) : null;
				String args = rs.getString("detail_args");
				return new FlagView(rs.getLong("id"), FlagKind.valueOf(rs.getString("kind")), rs.getString("nip"),
						(rs.getString("name") != null) ? new PersonName(rs.getString("front_title"),
								rs.getString("name"), rs.getString("back_title"))
							.display() : null,
						(unit != null) ? unit.code() : null, (unit != null) ? unit.name() : null,
						(opd != null) ? opd.code() : null, (opd != null) ? opd.name() : null,
						rs.getObject("day", java.time.LocalDate.class), FlagSeverity.valueOf(rs.getString("severity")),
						rs.getString("detail_key"), (args != null) ? Arrays.asList(args.split("\n", -1)) : List.of(),
						FlagStatus.valueOf(rs.getString("status")), rs.getString("review_note"),
						rs.getString("reviewed_by"),
						(rs.getTimestamp("reviewed_at") != null) ? rs.getTimestamp("reviewed_at").toInstant() : null,
						rs.getTimestamp("raised_at").toInstant(), rs.getTimestamp("withdrawn_at") != null,
						rs.getLong("version"));
			})
			.list();
		return new FlagPage(items, page, size, total);
	}

	/** One flag within the reader's scope (404 unknown or outside it). */
	@Transactional(readOnly = true)
	public FlagView find(long id) {
		return search(new FlagFilter(null, null, null, null, null, null, true, id), 0, 1).items()
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("flag.notFound", id));
	}

	/** Open flags per kind, for the filter's unit, dates and employee (not its kind). */
	@Transactional(readOnly = true)
	public Map<FlagKind, Long> openCounts(FlagFilter filter) {
		Map<FlagKind, Long> counts = new EnumMap<>(FlagKind.class);
		Arrays.stream(FlagKind.values()).forEach((kind) -> counts.put(kind, 0L));
		FlagFilter open = new FlagFilter(filter.from(), filter.to(), filter.unitCode(), null, FlagStatus.OPEN,
				filter.nip(), false, null);
		Where where = where(open, this.units.tree(), false);
		if (where == null) {
			return counts;
		}
		this.jdbc.sql("select f.kind, count(*) as n from discipline_flag f" + where.sql() + " group by f.kind")
			.params(where.params())
			.query((rs) -> {
				counts.put(FlagKind.valueOf(rs.getString("kind")), rs.getLong("n"));
			});
		return counts;
	}

	/** Confirms or dismisses one flag (stale version → 409). */
	@Transactional
	@PreAuthorize("hasAnyRole('HR', 'SECRETARY', 'ADMIN')")
	public void review(long id, FlagStatus decision, String note, Long expectedVersion) {
		requireDecision(decision);
		String text = requireNote(note);
		Long version = this.jdbc.sql("select version from discipline_flag where id = :id for update")
			.param("id", id)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("flag.notFound", id));
		if (expectedVersion != null && version.longValue() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException("discipline_flag", id);
		}
		apply(List.of(id), decision, text);
	}

	/** Confirms or dismisses several flags at once with one note. */
	@Transactional
	@PreAuthorize("hasAnyRole('HR', 'SECRETARY', 'ADMIN')")
	public int reviewAll(List<Long> ids, FlagStatus decision, String note) {
		requireDecision(decision);
		String text = requireNote(note);
		if (ids == null || ids.isEmpty()) {
			throw new RuleViolationException("ids", "flag.review.noneChosen");
		}
		return apply(ids, decision, text);
	}

	private int apply(List<Long> ids, FlagStatus decision, String note) {
		String by = this.currentUser.require().getUsername();
		Instant now = this.clock.instant();
		int updated = this.jdbc.sql("""
				update discipline_flag set status = :status, review_note = :note, reviewed_by = :by, reviewed_at = :now,
				    updated_at = :now, version = version + 1
				where id = any(:ids)""")
			.param("status", decision.name())
			.param("note", note)
			.param("by", by)
			.param("now", java.sql.Timestamp.from(now))
			.param("ids", SqlArrays.bigints(ids))
			.update();
		if (updated != ids.size()) {
			throw new NotFoundException("flag.notFound", ids);
		}
		this.events.publishEvent(new AuditRecord("FLAG_" + decision.name(),
				ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")), note));
		return updated;
	}

	private static void requireDecision(FlagStatus decision) {
		if (decision == null || decision == FlagStatus.OPEN) {
			throw new RuleViolationException("decision", "flag.review.decision");
		}
	}

	private static String requireNote(String note) {
		if (note == null || note.isBlank()) {
			throw new RuleViolationException("note", "flag.review.noteRequired");
		}
		if (note.strip().length() > 1000) {
			throw new RuleViolationException("note", "flag.review.noteTooLong", 1000);
		}
		return note.strip();
	}

	/** The SQL condition of a filter within the reader's scope; {@code null}: nothing. */
	private Where where(FlagFilter filter, UnitTree tree, boolean withKindAndStatus) {
		StringBuilder sql = new StringBuilder(" where true");
		Map<String, Object> params = new HashMap<>();
		UnitScope scope = this.scopes.current();
		Set<Long> unitIds = null;
		if (filter.unitCode() != null && !filter.unitCode().isBlank()) {
			UnitView unit = tree.byCode(filter.unitCode())
				.orElseThrow(() -> new NotFoundException("unit.notFound", filter.unitCode()));
			scope.require(unit.id());
			unitIds = tree.subtreeIds(unit.id());
		}
		else if (!scope.all()) {
			unitIds = scope.unitIds();
		}
		if (unitIds != null) {
			if (unitIds.isEmpty()) {
				return null;
			}
			sql.append(" and f.unit_id = any(:units)");
			params.put("units", SqlArrays.bigints(unitIds));
		}
		if (filter.id() != null) {
			sql.append(" and f.id = :id");
			params.put("id", filter.id());
		}
		if (!filter.includeWithdrawn()) {
			sql.append(" and f.withdrawn_at is null");
		}
		if (filter.from() != null) {
			sql.append(" and f.day >= :from");
			params.put("from", filter.from());
		}
		if (filter.to() != null) {
			sql.append(" and f.day <= :to");
			params.put("to", filter.to());
		}
		if (filter.nip() != null && !filter.nip().isBlank()) {
			sql.append(" and f.employee_id = (select id from employee where nip = :nip)");
			params.put("nip", NipRules.normalize(filter.nip()));
		}
		if (withKindAndStatus && filter.kind() != null) {
			sql.append(" and f.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.status() != null) {
			sql.append(" and f.status = :status");
			params.put("status", filter.status().name());
		}
		return new Where(sql.toString(), params);
	}

	private record Where(String sql, Map<String, Object> params) {
	}

	/** One page of flags. */
	public record FlagPage(List<FlagView> items, int page, int size, long total) {

		public int totalPages() {
			return (int) ((this.total + this.size - 1) / this.size);
		}

	}

}
