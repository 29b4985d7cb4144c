package id.siapel.system.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import id.siapel.shared.ProblemJson;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * An upload larger than the server takes
 * ({@code spring.servlet.multipart.max-request-size}) is answered before anything reads
 * it: a page goes back to the page the form was on with a readable message (flash
 * {@code warning}), the API gets problem details with 413. Without this the servlet
 * container answered with a bare 413 that browsers show as a broken page (issue 13, the
 * evidence of an inspection). Smaller files over a form's own limit are refused by the
 * form itself, keeping what was typed.
 * <p>
 * It runs after Spring Session's filter ({@code spring.session.servlet.filter-order}), so
 * that the flash message goes into the user's session in PostgreSQL (before it, the
 * container made a session of its own whose cookie replaced the user's: the message was
 * lost and the user logged out), and before any filter that reads parameters and so the
 * multipart body ({@link RequestInputFilter}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 4)
class UploadLimitFilter extends OncePerRequestFilter {

	/**
	 * The most of a too large upload read away so that the browser sees the answer: a
	 * phone's photo album export, not an attacker's stream (API clients are not drained:
	 * they read an early answer).
	 */
	static final long MAX_DRAINED_BYTES = 64L * 1024 * 1024;

	private final long maxRequestBytes;

	private final long maxFileMegabytes;

	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

	UploadLimitFilter(@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequest,
			@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFile) {
		this.maxRequestBytes = maxRequest.toBytes();
		this.maxFileMegabytes = maxFile.toMegabytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (type == null || !type.toLowerCase().startsWith("multipart/")
				|| request.getContentLengthLong() <= this.maxRequestBytes) {
			chain.doFilter(request, response);
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/")) {
			response.setHeader(HttpHeaders.CONNECTION, "close");
			ProblemJson.write(response, HttpStatus.valueOf(413), "UPLOAD_TOO_LARGE",
					"The request is larger than the server accepts (" + this.maxFileMegabytes + " MB).",
					request.getRequestURI());
			return;
		}
		drain(request);
		String back = sameSitePath(request.getHeader(HttpHeaders.REFERER), request);
		FlashMap flash = new FlashMap();
		flash.put("warning", "upload.tooLarge");
		flash.put("warningArgs", new Object[] { this.maxFileMegabytes });
		flash.setTargetRequestPath(back);
		this.flashMaps.saveOutputFlashMap(flash, request, response);
		response.setStatus(HttpServletResponse.SC_SEE_OTHER);
		response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + back);
	}

	/**
	 * Reads the body away (up to {@value #MAX_DRAINED_BYTES} bytes): a browser still
	 * sending its file does not read an answer given before, it shows a reset connection.
	 * Beyond that the container closes the connection.
	 */
	private static void drain(HttpServletRequest request) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long read = 0;
		try (InputStream in = request.getInputStream()) {
			int n;
			while (read < MAX_DRAINED_BYTES && (n = in.read(buffer)) != -1) {
				read += n;
			}
		}
	}

	/**
	 * The path (and query) of the page the form was on, if it is one of ours; else home.
	 */
	private static String sameSitePath(String referer, HttpServletRequest request) {
		if (referer == null) {
			return "/";
		}
		try {
			URI uri = URI.create(referer);
			if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
				return "/";
			}
			String path = uri.getRawPath();
			if (path == null || !path.startsWith(request.getContextPath() + "/") || path.startsWith("//")) {
				return "/";
			}
			path = path.substring(request.getContextPath().length());
			return (uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path;
		}
		catch (IllegalArgumentException ex) {
			return "/";
		}
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return true;
	}

}
