package id.siapel.discipline.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import id.siapel.attendance.Session;
import id.siapel.discipline.Inspections.EvidenceUpload;
import id.siapel.discipline.Inspections.InspectorKind;
import id.siapel.discipline.Inspections.RecordInspection;
import lombok.Getter;
import lombok.Setter;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * The inspection form: the OPD, day, time and roll call, who inspected, whom they found
 * absent (ticked on the roster, or typed as NIPs), and photos or documents as evidence.
 */
@Getter
@Setter
class InspectionForm {

	private String unitCode;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate day;

	private Session session;

	/** Jam sidak, as a time input sends it. */
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime time;

	private InspectorKind inspectorKind;

	private String inspector;

	private String note;

	private List<String> absentNips = new ArrayList<>();

	/** NIPs typed by hand, separated by spaces, commas or new lines. */
	private String typedNips;

	/** The roster search. */
	private String q;

	/** Photos or documents; an empty file input sends one empty file. */
	private List<MultipartFile> evidence = new ArrayList<>();

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
		return new RecordInspection(this.unitCode, this.day, this.session, this.time, null, this.inspectorKind,
				this.inspector, this.note, allNips(), uploads(this.evidence));
	}

	static List<EvidenceUpload> uploads(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream().filter((file) -> file != null && !file.isEmpty()).map((file) -> {
			try {
				return new EvidenceUpload(file.getOriginalFilename(), file.getBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}).toList();
	}

}
