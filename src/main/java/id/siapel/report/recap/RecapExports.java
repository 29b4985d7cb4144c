package id.siapel.report.recap;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.siapel.report.PemdaProfiles;
import id.siapel.security.CurrentUser;
import id.siapel.shared.AuditRecord;
import id.siapel.shared.LongerStatements;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a recap as XLSX or CSV: a title block (Pemda, report, period, printed at,
 * printed by), the column headers in the reader's language, then one line per row as the
 * database streams it, into a temporary file that is sent once the transaction is over.
 */
@Service
@RequiredArgsConstructor
class RecapExports {

	private final Recaps recaps;

	private final PemdaProfiles pemda;

	private final CurrentUser currentUser;

	private final MessageSource messages;

	private final Clock clock;

	private final LongerStatements longer;

	private final ApplicationEventPublisher events;

	/** A file name such as {@code rekap-opd_2025-04-01_2025-04-30.xlsx}. */
	static String fileName(RecapCriteria criteria, String extension) {
		String level = (criteria.level() == RecapLevel.OPD) ? "rekap-opd" : "rekap-pegawai";
		String unit = (criteria.unit() != null) ? "_" + criteria.unit().code() : "";
		return level + unit + "_" + criteria.from() + "_" + criteria.to() + "." + extension;
	}

	/**
	 * Reads everything it needs from the request's user and locale first, then writes.
	 */
	int write(RecapCriteria criteria, RecapSheet sheet) {
		Locale locale = LocaleContextHolder.getLocale();
		DateTimeFormatter date = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
		String title = text("recap.export.title." + criteria.level(), locale);
		if (criteria.unit() != null) {
			title = title + " – " + criteria.unit().name();
		}
		sheet.title(text("recap.export.pemda", locale), this.pemda.current().regionName());
		sheet.title(text("recap.export.report", locale), title);
		sheet.title(text("recap.export.period", locale),
				date.format(criteria.from()) + " – " + date.format(criteria.to()));
		if (criteria.type() != null) {
			sheet.title(text("recap.filter.type", locale), text("employmentType." + criteria.type(), locale));
		}
		sheet.title(text("recap.export.printedAt", locale),
				DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm zzz", locale).format(ZonedDateTime.now(this.clock)));
		sheet.title(text("recap.export.printedBy", locale), this.currentUser.require().fullName());
		List<RecapColumn> numbers = RecapColumn.of(criteria.level()).stream().filter(RecapColumn::numeric).toList();
		List<String> header = new ArrayList<>();
		if (criteria.level() == RecapLevel.OPD) {
			header.add(text("recap.col.CODE", locale));
			header.add(text("recap.col.OPD", locale));
		}
		else {
			header.add(text("recap.col.NIP", locale));
			header.add(text("recap.col.NAME", locale));
			header.add(text("recap.col.TYPE", locale));
			header.add(text("recap.col.UNIT", locale));
			header.add(text("recap.col.UNIT_NAME", locale));
		}
		numbers.forEach((column) -> header.add(text(column.messageKey(), locale)));
		sheet.header(header);
		int[] rows = new int[1];
		this.recaps.stream(criteria, (line) -> {
			rows[0]++;
			List<Object> cells = new ArrayList<>(header.size());
			cells.add(line.code());
			cells.add(line.name());
			if (criteria.level() == RecapLevel.EMPLOYEE) {
				cells.add(text("employmentType." + line.employmentType(), locale));
				cells.add(line.unitCode());
				cells.add(line.unitName());
			}
			numbers.forEach((column) -> cells.add(column.percentage() ? line.attendanceRate() : line.number(column)));
			sheet.row(cells);
		});
		sheet.close();
		return rows[0];
	}

	/**
	 * Builds the whole file into a temporary file inside one short transaction (with the
	 * report statement limit) and returns it: the download then reads the file without
	 * holding a database connection, however slow the reader's network (issue 14). A
	 * recap by employee holds names and NIPs: its transaction writes
	 * {@code PERSONAL_DATA_EXPORTED} with the filters and the row count. The caller
	 * deletes the file.
	 */
	@Transactional
	Path build(RecapCriteria criteria, String extension) throws IOException {
		this.longer.forReport();
		Path file = Files.createTempFile("siapel-recap-", "." + extension);
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
			int rows = "xlsx".equals(extension) ? xlsx(criteria, out) : csv(criteria, out);
			if (criteria.level() == RecapLevel.EMPLOYEE) {
				this.events.publishEvent(new AuditRecord("PERSONAL_DATA_EXPORTED", fileName(criteria, extension),
						filters(criteria, rows), criteria.unitCode()));
			}
			return file;
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(file);
			throw ex;
		}
	}

	/** The export's filters and size in plain text, for the audit trail. */
	static String filters(RecapCriteria criteria, int rows) {
		return "unit: " + ((criteria.unit() != null) ? criteria.unit().code() : "all in scope") + "; period: "
				+ criteria.from() + " – " + criteria.to()
				+ ((criteria.type() != null) ? "; employment type: " + criteria.type() : "") + "; rows: " + rows;
	}

	int xlsx(RecapCriteria criteria, OutputStream out) {
		return write(criteria, RecapSheet.xlsx(out, text("recap.export.sheet", LocaleContextHolder.getLocale())));
	}

	int csv(RecapCriteria criteria, OutputStream out) {
		return write(criteria, RecapSheet.csv(out, LocaleContextHolder.getLocale()));
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
