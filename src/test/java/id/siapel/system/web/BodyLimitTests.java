package id.siapel.system.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;

import id.siapel.testsupport.SiapelServerTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A body larger than its route family takes is refused before it is read or authorised
 * (issue 14: a 400 MB JSON PUT took 44 s to be refused), over real HTTP.
 */
@SiapelServerTest
class BodyLimitTests {

	private static final String SHEET = "/api/v1/roll-calls/NO-SUCH-UNIT/2025-02-04/MORNING";

	@LocalServerPort
	int port;

	@Test
	void aFiftyMegabyteSheetIsRefusedAtOnceWithoutBeingRead() throws Exception {
		long start = System.nanoTime();
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("PUT " + SHEET + " HTTP/1.1\r\nHost: localhost\r\n" + authorization()
					+ "Content-Type: application/json\r\nContent-Length: " + 50L * 1024 * 1024 + "\r\n\r\n{\"lines\":[")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			String answer = readAnswer(socket.getInputStream());
			assertThat(answer).startsWith("HTTP/1.1 413");
			assertThat(answer).contains("application/problem+json").contains("BODY_TOO_LARGE");
		}
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
	}

	@Test
	void aChunkedBodyIsRefusedWhenItGrowsOverTheLimit() throws Exception {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			out.write(("PUT " + SHEET + " HTTP/1.1\r\nHost: localhost\r\n" + authorization()
					+ "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			byte[] chunk = new byte[64 * 1024];
			Arrays.fill(chunk, (byte) ' ');
			byte[] head = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
			try {
				out.write("a\r\n{\"lines\":[\r\n".getBytes(StandardCharsets.US_ASCII));
				// 8 MB of spaces inside a JSON array: twice the sheet limit.
				for (int i = 0; i < 128; i++) {
					out.write(head);
					out.write(chunk);
					out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
				}
				out.flush();
			}
			catch (IOException ex) {
				// The server answered and closed before the whole body was sent.
			}
			String answer = readAnswer(socket.getInputStream());
			assertThat(answer).startsWith("HTTP/1.1 413");
			assertThat(answer).contains("BODY_TOO_LARGE");
		}
	}

	private static String authorization() {
		return "Authorization: Basic "
				+ Base64.getEncoder().encodeToString(("bkpsdm:" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8))
				+ "\r\n";
	}

	/** The status line, headers and the start of the body. */
	private static String readAnswer(InputStream in) throws IOException {
		ByteArrayOutputStream answer = new ByteArrayOutputStream();
		byte[] buffer = new byte[4096];
		int n;
		try {
			while (answer.size() < 8192 && (n = in.read(buffer)) != -1) {
				answer.write(buffer, 0, n);
				String text = answer.toString(StandardCharsets.ISO_8859_1);
				if (text.contains("\r\n\r\n") && text.contains("}")) {
					break;
				}
			}
		}
		catch (IOException ex) {
			// a reset after the answer
		}
		return answer.toString(StandardCharsets.ISO_8859_1);
	}

}
