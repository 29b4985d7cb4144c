package id.siapel.report.sanctions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import id.siapel.report.PdfRenderer;
import id.siapel.report.PemdaProfileView;
import id.siapel.report.PemdaProfiles;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

/**
 * Renders a kept document on the Pemda's letterhead with its verification code, QR code
 * and content hash. It checks nobody's rights: the document was printed, and its snapshot
 * kept, by someone {@link SanctionDocuments} allowed to print; a long list is rendered
 * afterwards by its {@link SanctionListPdfJob}, without the user.
 */
@Component
@RequiredArgsConstructor
class KeptDocuments {

	private final PemdaProfiles profiles;

	private final PdfRenderer renderer;

	private final Clock clock;

	/** The sanction list as a PDF. */
	byte[] list(DocumentSnapshot snapshot, String code, String baseUrl) {
		Map<String, Object> model = model(snapshot, code, baseUrl);
		SanctionDocuments.putListModel(model, snapshot);
		return this.renderer.render(SanctionDocuments.LIST_TEMPLATE, model, SanctionDocuments.DOCUMENT_LOCALE);
	}

	/** What every kept document's template shows besides its own content. */
	Map<String, Object> model(DocumentSnapshot snapshot, String code, String baseUrl) {
		PemdaProfileView profile = this.profiles.current();
		String url = baseUrl.replaceAll("/+$", "") + "/verify/" + code;
		Map<String, Object> model = new HashMap<>();
		model.put("profile", profile);
		model.put("logo", this.profiles.logoDataUri().orElse(null));
		model.put("document", snapshot);
		model.put("code", code);
		model.put("contentHash", PrintedDocuments.contentHash(snapshot).substring(0, 16));
		model.put("verifyUrl", url);
		model.put("qr", QrCodes.dataUri(url));
		// The day it was printed, also when its job renders it later.
		LocalDate printed = snapshot.printedAt().atZone(this.clock.getZone()).toLocalDate();
		model.put("placeAndDate", profile.placeAndDate(printed, SanctionDocuments.DOCUMENT_LOCALE));
		model.put("printedAt", SanctionDocuments.DATE_TIME.format(snapshot.printedAt().atZone(this.clock.getZone())));
		return model;
	}

}
