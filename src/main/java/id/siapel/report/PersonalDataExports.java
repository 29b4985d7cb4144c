package id.siapel.report;

import id.siapel.shared.AuditRecord;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes to the audit trail that a file with names and NIPs left the application (UU PDP
 * 27/2022, issue 14): {@code PERSONAL_DATA_EXPORTED} with the file's name, its filters
 * and its row count, under the unit it covers (for the trail's unit filter). For
 * documents built outside a transaction (PDFs); the recap exports write it in their own.
 */
@Component
@RequiredArgsConstructor
public class PersonalDataExports {

	public static final String KIND = "PERSONAL_DATA_EXPORTED";

	private final ApplicationEventPublisher events;

	@Transactional
	public void record(String fileName, String filters, String unitCode) {
		this.events.publishEvent(new AuditRecord(KIND, fileName, filters, unitCode));
	}

}
