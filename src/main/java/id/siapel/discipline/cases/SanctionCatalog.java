package id.siapel.discipline.cases;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import id.siapel.discipline.rules.SanctionLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sanctions of the ladders (PNS, PPPK, non-ASN) by code, with their weight: the level
 * first, then the rung's threshold, so a written reprimand weighs more than an oral one
 * and any moderate sanction more than any light one. Read from the ladder tables each
 * time, so an edited ladder counts at once.
 */
@Component
@RequiredArgsConstructor
class SanctionCatalog {

	private final JdbcClient jdbc;

	Map<String, SanctionOption> options() {
		Map<String, SanctionOption> options = new LinkedHashMap<>();
		this.jdbc.sql("""
				select s.sanction, s.level, s.label, s.legal_basis, s.authority,
				       min(s.min_days) over (partition by s.sanction) as threshold
				from sanction_step s join sanction_ladder l on l.id = s.ladder_id
				order by (l.code = 'PNS') desc, l.code, l.effective_from desc, s.min_days nulls last""").query((rs) -> {
			String code = rs.getString("sanction");
			if (!options.containsKey(code)) {
				SanctionLevel level = SanctionLevel.valueOf(rs.getString("level"));
				int threshold = rs.getObject("threshold") != null ? rs.getInt("threshold") : 999;
				options.put(code, new SanctionOption(code, level, rs.getString("label"), rs.getString("legal_basis"),
						rs.getString("authority"), level.ordinal() * 1000 + threshold));
			}
		});
		return options;
	}

	Optional<SanctionOption> find(String code) {
		return (code == null) ? Optional.empty() : Optional.ofNullable(options().get(code));
	}

}
