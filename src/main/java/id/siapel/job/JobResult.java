package id.siapel.job;

/**
 * What a finished job leaves to its owner: a file to download (a PDF, a spreadsheet), or
 * a link to the page that shows the result.
 */
public record JobResult(String fileName, String contentType, byte[] content, String link) {

	public static JobResult file(String fileName, String contentType, byte[] content) {
		return new JobResult(fileName, contentType, content, null);
	}

	public static JobResult link(String link) {
		return new JobResult(null, null, null, link);
	}

}
