package id.siapel.employee;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A name with academic and religious titles as Indonesian documents write it: front
 * titles before the name ("Drs. H."), back titles after a comma ("S.Kom., M.Si.").
 *
 * @param front front titles, or {@code null}
 * @param name the name itself
 * @param back back titles, or {@code null}
 */
public record PersonName(String front, String name, String back) {

	/** Front titles recognised when a whole name is given in one string. */
	private static final Set<String> FRONT_TITLES = Set.of("dr.", "drs.", "dra.", "ir.", "h.", "hj.", "prof.", "dr",
			"drg.", "ns.", "apt.", "kh.");

	/** Splits "Drs. H. Bambang Sutrisno, M.Si." into its parts. */
	public static PersonName parse(String full) {
		if (full == null) {
			return new PersonName(null, "", null);
		}
		String text = full.strip().replaceAll("\\s+", " ");
		String back = null;
		int comma = text.indexOf(',');
		if (comma >= 0) {
			back = text.substring(comma + 1).strip();
			text = text.substring(0, comma).strip();
		}
		List<String> front = new ArrayList<>();
		String[] words = text.split(" ");
		int first = 0;
		while (first < words.length - 1 && FRONT_TITLES.contains(words[first].toLowerCase(java.util.Locale.ROOT))) {
			front.add(words[first]);
			first++;
		}
		String name = String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
		return new PersonName(front.isEmpty() ? null : String.join(" ", front), name, blankToNull(back));
	}

	public static PersonName of(String front, String name, String back) {
		return new PersonName(blankToNull(front), (name != null) ? name.strip().replaceAll("\\s+", " ") : "",
				blankToNull(back));
	}

	/** The name as printed: "Drs. H. Bambang Sutrisno, M.Si.". */
	public String display() {
		StringBuilder display = new StringBuilder();
		if (this.front != null) {
			display.append(this.front).append(' ');
		}
		display.append(this.name);
		if (this.back != null) {
			display.append(", ").append(this.back);
		}
		return display.toString();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
