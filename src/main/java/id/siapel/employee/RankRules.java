package id.siapel.employee;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Golongan: PNS and CPNS have I/a–I/d, II/a–II/d, III/a–III/d, IV/a–IV/e (PP 99/2000);
 * PPPK have golongan I–XVII (Perpres 98/2020); non-ASN have none. A rank is optional.
 */
public final class RankRules {

	private static final Pattern CIVIL_SERVANT = Pattern.compile("(I|II|III)/[a-d]|IV/[a-e]");

	private static final Pattern PPPK = Pattern.compile("I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII");

	private RankRules() {
	}

	public static Optional<String> violation(String rank, EmploymentType type) {
		if (rank == null || rank.isBlank() || type == null) {
			return Optional.empty();
		}
		if (type.isCivilServant()) {
			return CIVIL_SERVANT.matcher(rank).matches() ? Optional.empty() : Optional.of("rank.pns.invalid");
		}
		if (type.isPppk()) {
			return PPPK.matcher(rank).matches() ? Optional.empty() : Optional.of("rank.pppk.invalid");
		}
		return Optional.of("rank.nonAsn.none");
	}

	/** Writes "iii/B" as "III/b" and "xi" as "XI". */
	public static String normalize(String rank) {
		if (rank == null || rank.isBlank()) {
			return null;
		}
		String trimmed = rank.strip().replace(" ", "");
		int slash = trimmed.indexOf('/');
		if (slash < 0) {
			return trimmed.toUpperCase(java.util.Locale.ROOT);
		}
		return trimmed.substring(0, slash).toUpperCase(java.util.Locale.ROOT) + "/"
				+ trimmed.substring(slash + 1).toLowerCase(java.util.Locale.ROOT);
	}

}
