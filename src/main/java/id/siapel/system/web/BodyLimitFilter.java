package id.siapel.system.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import id.siapel.shared.InputLimits;
import id.siapel.shared.ProblemJson;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The largest request body per route family ({@link InputLimits}: roll-call sheets,
 * imports, everything else), enforced before anything reads, parses or authorises the
 * body (issue 14: a 400 MB JSON body was buffered in full before being refused). A body
 * whose Content-Length is over the limit is answered 413 at once, a chunked body when it
 * grows over the limit while being read. Multipart uploads are left to
 * {@link UploadLimitFilter} and the multipart settings, which give pages a readable
 * message.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class BodyLimitFilter extends OncePerRequestFilter {

	static final String CODE = "BODY_TOO_LARGE";

	/**
	 * Set on the request when its body grew over the limit: JSON readers do not always
	 * keep the cause of a failed read.
	 */
	static final String TOO_LARGE = BodyLimitFilter.class.getName() + ".TOO_LARGE";

	private final InputLimits limits;

	BodyLimitFilter(InputLimits limits) {
		this.limits = limits;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (type != null && type.toLowerCase().startsWith("multipart/")) {
			chain.doFilter(request, response);
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		long limit = limitOf(path);
		long length = request.getContentLengthLong();
		if (length > limit) {
			refuse(request, response, limit);
			return;
		}
		if (length >= 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null) {
			chain.doFilter(request, response);
			return;
		}
		try {
			chain.doFilter(new LimitedRequest(request, limit), response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!(isTooLarge(ex) || request.getAttribute(TOO_LARGE) != null) || response.isCommitted()) {
				throw ex;
			}
			response.resetBuffer();
			refuse(request, response, limit);
		}
	}

	long limitOf(String path) {
		if (path.startsWith("/roll-calls/") || path.startsWith("/api/v1/roll-calls/")) {
			return this.limits.sheetBody().toBytes();
		}
		if (path.endsWith("/import")) {
			return this.limits.importBody().toBytes();
		}
		return this.limits.defaultBody().toBytes();
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, long limit)
			throws IOException {
		// The body is not read: the connection closes after the answer.
		response.setHeader(HttpHeaders.CONNECTION, "close");
		ProblemJson.write(response, HttpStatus.valueOf(413), CODE,
				"The request body is larger than this address accepts (" + limit / 1024 + " KB).",
				request.getRequestURI());
	}

	/** Whether the failure is, somewhere in its causes, a body grown over its limit. */
	static boolean isTooLarge(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof BodyTooLargeException) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return true;
	}

	/** Thrown by the body of a chunked request when it grows over its limit. */
	static final class BodyTooLargeException extends IOException {

		BodyTooLargeException(long limit) {
			super("Request body larger than " + limit + " bytes");
		}

	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		LimitedRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new LimitedStream(super.getInputStream(), this.limit, this);
			}
			return this.stream;
		}

	}

	private static final class LimitedStream extends ServletInputStream {

		private final ServletInputStream in;

		private final long limit;

		private final HttpServletRequest request;

		private long count;

		LimitedStream(ServletInputStream in, long limit, HttpServletRequest request) {
			this.in = in;
			this.limit = limit;
			this.request = request;
		}

		@Override
		public int read() throws IOException {
			int b = this.in.read();
			if (b != -1) {
				counted(1);
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = this.in.read(b, off, len);
			if (n > 0) {
				counted(n);
			}
			return n;
		}

		private void counted(int n) throws IOException {
			this.count += n;
			if (this.count > this.limit) {
				this.request.setAttribute(TOO_LARGE, Boolean.TRUE);
				throw new BodyTooLargeException(this.limit);
			}
		}

		@Override
		public boolean isFinished() {
			return this.in.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.in.setReadListener(listener);
		}

	}

}
