package id.siapel.report.sanctions;

import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationContext;

/**
 * A printed sanction list kept for tests outside this package that need a verify code.
 */
public final class SampleDocuments {

	private SampleDocuments() {
	}

	/** Keeps a one-row sanction list and returns the code its QR would carry. */
	public static String printedSanctionList(ApplicationContext context, String nip) {
		return context.getBean(PrintedDocuments.class)
			.keep(new DocumentSnapshot("SANCTION_LIST", "DAFTAR PEGAWAI YANG DIJATUHI HUKUMAN DISIPLIN", List.of(),
					List.of("No.", "Nama", "NIP"), List.of(List.of("1", "Sri Wahyuni, A.Md.", nip)),
					Instant.parse("2026-06-25T03:00:00Z"), "sekda", "Drs. H. Bambang Sutrisno, M.Si.", "SECRETARY"));
	}

}
