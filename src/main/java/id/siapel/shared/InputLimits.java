package id.siapel.shared;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much input SiApel takes from one request or one uploaded file, all in one place
 * ({@code siapel.limits.*}, README "Configuration"): a crafted file or body is refused
 * while it is read, before it fills the heap (issue 14).
 *
 * @param importColumns the most columns an import file may have
 * @param importLines the most data lines an import file may have
 * @param importCellChars the most characters in one cell of an import file
 * @param xlsxUncompressed the most an XLSX file may unpack to, all entries together
 * @param xlsxRatio the highest compression ratio of an XLSX entry (unpacked / packed)
 * @param xlsxEntries the most entries (files) an XLSX archive may hold
 * @param sheetBody the largest request body under {@code /roll-calls} and
 * {@code /api/v1/roll-calls} (the plain form of a 5,000-person sheet stays under 4 MB)
 * @param importBody the largest request body of an import ({@code .../import})
 * @param defaultBody the largest request body of any other request (multipart uploads
 * excepted: their limits are {@code spring.servlet.multipart.*})
 * @param stagedImportTtl how long an uploaded import file waits for its commit after the
 * preview; older uploads are refused and purged (an abandoned upload holds a whole staff
 * list)
 * @param concurrentExports the most file exports (recaps, audit trail) built at the same
 * time on one instance; one more is answered 503 with {@code Retry-After}
 */
@ConfigurationProperties("siapel.limits")
public record InputLimits(@DefaultValue("200") int importColumns, @DefaultValue("20000") int importLines,
		@DefaultValue("1000") int importCellChars, @DefaultValue("100MB") DataSize xlsxUncompressed,
		@DefaultValue("100") int xlsxRatio, @DefaultValue("1000") int xlsxEntries,
		@DefaultValue("4MB") DataSize sheetBody, @DefaultValue("21MB") DataSize importBody,
		@DefaultValue("1MB") DataSize defaultBody, @DefaultValue("24h") Duration stagedImportTtl,
		@DefaultValue("4") int concurrentExports) {

	/** The defaults, for code that runs outside the application context. */
	public static InputLimits defaults() {
		return new InputLimits(200, 20_000, 1000, DataSize.ofMegabytes(100), 100, 1000, DataSize.ofMegabytes(4),
				DataSize.ofMegabytes(21), DataSize.ofMegabytes(1), Duration.ofHours(24), 4);
	}

}
