package id.siapel.report.sanctions;

import id.siapel.report.sanctions.SanctionDocuments.SanctionListQuery;
import lombok.RequiredArgsConstructor;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/reports/sanctions.pdf?year=&unit=&level=} (api.md, Sanction cases):
 * the sanction list of decided cases as a PDF; SECRETARY, HR, ADMIN.
 */
@RestController
@RequiredArgsConstructor
@PreAuthorize("hasAnyRole('HR', 'SECRETARY', 'ADMIN')")
class SanctionListApiController {

	private final SanctionDocuments documents;

	private final PublicUrl publicUrl;

	@GetMapping("/api/v1/reports/sanctions.pdf")
	ResponseEntity<byte[]> pdf(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String level) {
		SanctionListQuery query = new SanctionListQuery(year, null, null, blank(unit), blank(level));
		return SanctionListController.pdfResponse(this.documents.listPdf(query, this.publicUrl.base()),
				"daftar-hukuman-disiplin.pdf");
	}

	private static String blank(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
