package id.siapel.audit;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

import id.siapel.audit.AuditLog.AuditLine;
import id.siapel.audit.AuditLog.AuditQuery;
import id.siapel.shared.SpreadsheetCells;
import lombok.RequiredArgsConstructor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The audit trail's lines as CSV in a temporary file, for the download in the request and
 * for {@link AuditExportJob}: semicolons and a byte order mark (Excel in an Indonesian
 * locale opens it as is), every cell neutralised against formulas.
 */
@Component
@RequiredArgsConstructor
class AuditCsv {

	static final String TYPE = "text/csv;charset=UTF-8";

	private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

	private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final AuditLog log;

	private final AuditTexts texts;

	private final MessageSource messages;

	private final Clock clock;

	/**
	 * The CSV in a temporary file, written while the cursor of the export's transaction
	 * reads the lines, with the {@code PERSONAL_DATA_EXPORTED} line (the download in the
	 * request); the caller deletes the file.
	 */
	Written write(AuditQuery query, String fileName, Locale locale) {
		return write(locale, (sink) -> this.log.export(query, fileName, sink));
	}

	/**
	 * The same without the audit line: the job's request wrote it when it queued the job.
	 */
	Written writeQueued(AuditQuery query, Locale locale) {
		return write(locale, (sink) -> this.log.export(query, sink));
	}

	/**
	 * A written CSV.
	 *
	 * @param file the temporary file
	 * @param lines the audit lines in it
	 */
	record Written(Path file, int lines) {
	}

	private Written write(Locale locale, ToIntFunction<Consumer<AuditLine>> export) {
		Path file = null;
		try {
			file = Files.createTempFile("siapel-audit-", ".csv");
			try (Writer writer = new OutputStreamWriter(new BufferedOutputStream(Files.newOutputStream(file)),
					StandardCharsets.UTF_8)) {
				writer.write('\uFEFF');
				CSVPrinter printer = new CSVPrinter(writer, CSV);
				printer
					.printRecord(List.of("time", "actor", "description", "kind", "unit", "subject", "detail", "address")
						.stream()
						.map((column) -> this.messages.getMessage("audit.csv." + column, null, locale))
						.toList());
				int lines = export.applyAsInt((line) -> print(printer, line, locale));
				printer.flush();
				return new Written(file, lines);
			}
		}
		catch (IOException | RuntimeException ex) {
			deleteQuietly(file);
			throw (ex instanceof IOException io) ? new UncheckedIOException(io) : (RuntimeException) ex;
		}
	}

	private void print(CSVPrinter printer, AuditLine line, Locale locale) {
		try {
			// A user name typed at the login form ends up here: no formula may survive.
			printer.printRecord(SpreadsheetCells
				.neutralised(List.of(CSV_TIME.format(line.occurredAt().atZone(this.clock.getZone())),
						(line.actor() != null) ? line.actor() : "", this.texts.describe(line, locale), line.action(),
						nullToEmpty(line.unitCode()), nullToEmpty(line.subject()), nullToEmpty(this.texts.detail(line)),
						nullToEmpty(line.remoteAddress()))));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				file.toFile().deleteOnExit();
			}
		}
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

}
