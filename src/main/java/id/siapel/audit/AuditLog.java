package id.siapel.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javax.sql.DataSource;

import id.siapel.shared.AuditRecord;
import id.siapel.shared.LongerStatements;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail, newest first, filtered by person, unit, date range (days in the
 * Pemda's zone) and kind; each filter uses an index of its own (V2, V56). The export
 * streams its rows into the caller's temporary file (a cursor of {@value #FETCH_SIZE}
 * rows at a time) and stops at {@value #EXPORT_LIMIT}.
 */
@Service
class AuditLog {

	static final int PAGE_SIZE = 50;

	static final int EXPORT_LIMIT = 100_000;

	private static final int FETCH_SIZE = 500;

	private static final String COLUMNS = "occurred_at, actor, action, subject, detail, remote_address, unit_code";

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	private final LongerStatements longer;

	private final ApplicationEventPublisher events;

	AuditLog(DataSource dataSource, Clock clock, LongerStatements longer, ApplicationEventPublisher events) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.jdbc = new NamedParameterJdbcTemplate(template);
		this.clock = clock;
		this.longer = longer;
		this.events = events;
	}

	@Transactional(readOnly = true)
	Page<AuditLine> page(AuditQuery query, int page) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		String where = where(query, parameters);
		long total = this.jdbc.queryForObject("select count(*) from audit_entry" + where, parameters, Long.class);
		parameters.addValue("limit", PAGE_SIZE).addValue("offset", request.getOffset());
		List<AuditLine> lines = this.jdbc.query(
				"select " + COLUMNS + " from audit_entry" + where
						+ " order by occurred_at desc, id desc limit :limit offset :offset",
				parameters, AuditLog::line);
		return new PageImpl<>(lines, request, total);
	}

	/**
	 * Hands every matching line to {@code sink}, newest first, at most EXPORT_LIMIT, with
	 * the report statement limit; the trail holds names and addresses, so the export is
	 * itself written to it ({@code PERSONAL_DATA_EXPORTED}, with the filters and the line
	 * count). Returns the count.
	 */
	@Transactional
	int export(AuditQuery query, String fileName, Consumer<AuditLine> sink) {
		int lines = export(query, sink);
		this.events.publishEvent(
				new AuditRecord("PERSONAL_DATA_EXPORTED", fileName, filters(query, lines, ""), query.unitCode()));
		return lines;
	}

	/**
	 * The same without the audit line, for {@link AuditExportJob}: it runs without the
	 * user, so the request that queued it wrote the line ({@link #recordQueued}).
	 */
	@Transactional
	int export(AuditQuery query, Consumer<AuditLine> sink) {
		this.longer.forReport();
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		String where = where(query, parameters);
		parameters.addValue("limit", EXPORT_LIMIT);
		int[] lines = new int[1];
		this.jdbc.query("select " + COLUMNS + " from audit_entry" + where + " order by occurred_at desc, id desc"
				+ " limit :limit", parameters, (RowCallbackHandler) (rs) -> {
					lines[0]++;
					sink.accept(line(rs, 0));
				});
		return lines[0];
	}

	/**
	 * Whether more than {@code limit} lines match: reads at most {@code limit + 1} index
	 * entries, however long the trail.
	 */
	@Transactional(readOnly = true)
	int countUpTo(AuditQuery query, int limit) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		String where = where(query, parameters);
		parameters.addValue("limit", limit);
		return this.jdbc.queryForObject(
				"select count(*) from (select 1 from audit_entry" + where + " limit :limit) matching", parameters,
				Integer.class);
	}

	/**
	 * {@code PERSONAL_DATA_EXPORTED} for an export queued as a job, written by the
	 * request (the user's) when it queues the job: the lines it will hold (at most
	 * {@value #EXPORT_LIMIT}) and the job's id.
	 */
	@Transactional
	void recordQueued(AuditQuery query, String fileName, int lines, long job) {
		this.events.publishEvent(new AuditRecord("PERSONAL_DATA_EXPORTED", fileName,
				filters(query, Math.min(lines, EXPORT_LIMIT), "; as background job " + job), query.unitCode()));
	}

	private static String filters(AuditQuery query, int lines, String how) {
		List<String> filters = new ArrayList<>();
		filters.add("unit: " + ((query.unitCode() != null) ? query.unitCode() : "all"));
		filters.add("period: " + ((query.from() != null) ? query.from() : "…") + " – "
				+ ((query.to() != null) ? query.to() : "…"));
		if (query.actor() != null) {
			filters.add("person: " + query.actor());
		}
		if (query.action() != null) {
			filters.add("kind: " + query.action());
		}
		filters.add("rows: " + lines);
		return String.join("; ", filters) + how;
	}

	private String where(AuditQuery query, MapSqlParameterSource parameters) {
		List<String> conditions = new ArrayList<>();
		if (query.actor() != null) {
			conditions.add("actor = :actor");
			parameters.addValue("actor", query.actor());
		}
		if (query.unitCode() != null) {
			conditions.add("unit_code = :unit");
			parameters.addValue("unit", query.unitCode());
		}
		if (query.action() != null) {
			conditions.add("action = :action");
			parameters.addValue("action", query.action());
		}
		if (query.from() != null) {
			conditions.add("occurred_at >= :from");
			parameters.addValue("from", startOf(query.from()));
		}
		if (query.to() != null) {
			conditions.add("occurred_at < :to");
			parameters.addValue("to", startOf(query.to().plusDays(1)));
		}
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	private Timestamp startOf(LocalDate day) {
		return Timestamp.from(day.atStartOfDay(this.clock.getZone()).toInstant());
	}

	private static AuditLine line(ResultSet rs, int row) throws SQLException {
		return new AuditLine(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getString("action"),
				rs.getString("subject"), rs.getString("detail"), rs.getString("remote_address"),
				rs.getString("unit_code"));
	}

	/**
	 * What to show: every part optional. Usernames are stored in lower case, unit codes
	 * and kinds as entered.
	 */
	record AuditQuery(String actor, String unitCode, LocalDate from, LocalDate to, String action) {

		AuditQuery {
			actor = (actor == null || actor.isBlank()) ? null : actor.strip().toLowerCase(Locale.ROOT);
			unitCode = (unitCode == null || unitCode.isBlank()) ? null : unitCode.strip();
			action = (action == null || action.isBlank()) ? null : action.strip();
		}

		static AuditQuery all() {
			return new AuditQuery(null, null, null, null, null);
		}

	}

	record AuditLine(Instant occurredAt, String actor, String action, String subject, String detail,
			String remoteAddress, String unitCode) {
	}

}
