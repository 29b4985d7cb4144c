package id.siapel.employee.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;

import id.siapel.shared.InputLimits;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Unpacks an XLSX archive into nothing before the reader opens it, counting: more
 * entries, more bytes in all, or an entry packed more tightly than an honest workbook is
 * refused at the first byte beyond the limit (a zip bomb, issue 14). Nothing unpacked is
 * kept.
 */
final class XlsxBombCheck {

	/**
	 * Below this much unpacked, an entry's ratio is not judged: small XML parts of a
	 * workbook are often packed very tightly.
	 */
	private static final long RATIO_GRACE_BYTES = 1024 * 1024;

	private XlsxBombCheck() {
	}

	static void check(byte[] content, InputLimits limits) throws ImportFileException {
		long maxTotal = limits.xlsxUncompressed().toBytes();
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		int entries = 0;
		try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
			Enumeration<ZipArchiveEntry> all = zip.getEntries();
			while (all.hasMoreElements()) {
				ZipArchiveEntry entry = all.nextElement();
				if (++entries > limits.xlsxEntries()) {
					throw new ImportFileException("import.file.xlsxTooBig");
				}
				// The stream of an entry ends with its packed size from the central
				// directory: the ratio below is measured, not believed.
				long packed = Math.max(1, entry.getCompressedSize());
				long unpacked = 0;
				try (InputStream in = zip.getInputStream(entry)) {
					int n;
					while ((n = in.read(buffer)) != -1) {
						unpacked += n;
						total += n;
						if (total > maxTotal
								|| unpacked > RATIO_GRACE_BYTES && unpacked / packed > limits.xlsxRatio()) {
							throw new ImportFileException("import.file.xlsxTooBig");
						}
					}
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			throw new ImportFileException("import.file.unreadable", ex.getMessage());
		}
	}

}
