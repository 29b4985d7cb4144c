package id.siapel.audit;

import java.time.LocalDate;

import id.siapel.audit.AuditLog.AuditQuery;
import lombok.Getter;
import lombok.Setter;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit trail's filter as query parameters, so that a filtered list can be
 * bookmarked: {@code actor}, {@code unit}, {@code from}, {@code to} (ISO dates, days in
 * the Pemda's zone) and {@code action} (the kind).
 */
@Getter
@Setter
class AuditFilterForm {

	private String actor;

	private String unit;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	private String action;

	AuditQuery query() {
		return new AuditQuery(this.actor, this.unit, this.from, this.to, this.action);
	}

	/**
	 * {@code path} with the filter's non-empty parameters, for the pager and the export.
	 */
	String link(String path) {
		AuditQuery query = query();
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
		add(link, "actor", query.actor());
		add(link, "unit", query.unitCode());
		add(link, "from", this.from);
		add(link, "to", this.to);
		add(link, "action", query.action());
		return link.encode().build().toUriString();
	}

	private static void add(UriComponentsBuilder link, String name, Object value) {
		if (value != null) {
			link.queryParam(name, value);
		}
	}

}
