package id.siapel.discipline.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import id.siapel.attendance.Session;
import id.siapel.discipline.Inspections.InspectorKind;
import id.siapel.discipline.Inspections.RecordInspection;
import lombok.Getter;
import lombok.Setter;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The inspection form: the OPD, day and roll call, who inspected, and whom they found
 * absent (ticked on the roster, or typed as NIPs).
 */
@Getter
@Setter
class InspectionForm {

	private String unitCode;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate day;

	private Session session;

	private InspectorKind inspectorKind;

	private String inspector;

	private String note;

	private List<String> absentNips = new ArrayList<>();

	/** NIPs typed by hand, separated by spaces, commas or new lines. */
	private String typedNips;

	/** The roster search. */
	private String q;

	/** Ticked and typed NIPs, each once. */
	List<String> allNips() {
		Set<String> nips = new LinkedHashSet<>();
		if (this.absentNips != null) {
			this.absentNips.stream()
				.filter((nip) -> nip != null && !nip.isBlank())
				.map(String::strip)
				.forEach(nips::add);
		}
		if (this.typedNips != null) {
			Arrays.stream(this.typedNips.split("[\\s,;]+")).filter((nip) -> !nip.isBlank()).forEach(nips::add);
		}
		return List.copyOf(nips);
	}

	RecordInspection toCommand() {
		return new RecordInspection(this.unitCode, this.day, this.session, null, this.inspectorKind, this.inspector,
				this.note, allNips());
	}

}
