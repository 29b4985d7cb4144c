package id.siapel.attendance.web;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.siapel.attendance.LeaveType;
import id.siapel.attendance.RegisterLeave;
import id.siapel.employee.RosterEntry;
import lombok.Getter;
import lombok.Setter;

import org.springframework.format.annotation.DateTimeFormat;

/** The leave registration form. */
@Getter
@Setter
class LeaveForm {

	/**
	 * "Drs. Budi Hartono, M.Si. (198503122010011002)": the NIP in the last parentheses.
	 */
	private static final Pattern CHOICE = Pattern.compile(".*\\(\\s*([^()]+?)\\s*\\)");

	private String nip;

	private LeaveType type;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;

	private String reference;

	/**
	 * The registration; a unit head's choice of "Name (NIP)" from their staff list, or a
	 * name typed in full that only one of them has, stands for that NIP.
	 */
	RegisterLeave toCommand(List<RosterEntry> staff) {
		return new RegisterLeave(nipOf(this.nip, staff), this.type, this.startDate, this.endDate, this.reference);
	}

	static String nipOf(String chosen, List<RosterEntry> staff) {
		if (chosen == null || chosen.isBlank()) {
			return chosen;
		}
		String text = chosen.strip();
		List<RosterEntry> named = staff.stream()
			.filter((person) -> choice(person).equalsIgnoreCase(text) || person.displayName().equalsIgnoreCase(text))
			.toList();
		if (named.size() == 1) {
			return named.get(0).nip();
		}
		// Titles may hold parentheses themselves (dr. Sari, Sp.A(K)): the NIP is in the
		// last.
		Matcher inParentheses = CHOICE.matcher(text);
		return inParentheses.matches() ? inParentheses.group(1) : text;
	}

	/** How the staff list shows a person: {@code Name (NIP)}. */
	static String choice(RosterEntry person) {
		return person.displayName() + " (" + person.nip() + ")";
	}

}
