package id.siapel.employee;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import id.siapel.testsupport.Logins;
import id.siapel.testsupport.SiapelIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A crafted import file is refused while it is read, with a readable message, before it
 * fills the heap (issue 14).
 */
@SiapelIntegrationTest
class ImportLimitsTests {

	@Autowired
	MockMvc mvc;

	@Test
	void threeHundredThousandHeadersAreRefusedQuickly() throws Exception {
		StringBuilder csv = new StringBuilder(2_500_000);
		for (int i = 0; i < 300_000; i++) {
			csv.append((i == 0) ? "" : ",").append('h').append(i);
		}
		csv.append('\n');
		for (int line = 0; line < 3; line++) {
			csv.append("x,".repeat(100)).append("x\n");
		}
		byte[] content = csv.toString().getBytes(StandardCharsets.UTF_8);
		assertThat(content.length).isGreaterThan(2_000_000);
		long start = System.nanoTime();
		this.mvc
			.perform(post("/api/v1/employees/import").with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType("text/csv")
				.content(content))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("lebih dari 200 kolom")));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));

		MockHttpSession hr = Logins.login(this.mvc, "bkpsdm", DEMO_PASSWORD);
		this.mvc
			.perform(
					multipart("/employees/import").file(new MockMultipartFile("file", "kolom.csv", "text/csv", content))
						.session(hr)
						.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Berkas berisi lebih dari 200 kolom.")));
	}

	@Test
	void moreThanTwentyThousandLinesAreRefused() throws Exception {
		StringBuilder csv = new StringBuilder("nip,name,sex,employmentType,unitCode,position\n");
		for (int i = 0; i < 20_001; i++) {
			csv.append("1,Nama,M,PNS,X,Staf\n");
		}
		this.mvc
			.perform(post("/api/v1/employees/import").with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType("text/csv")
				.content(csv.toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("lebih dari 20.000 baris data")));
	}

	@Test
	void aVeryLongCellIsRefused() throws Exception {
		String csv = "nip,name\n1," + "a".repeat(1001) + "\n";
		this.mvc
			.perform(post("/api/v1/employees/import").with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType("text/csv")
				.content(csv))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("lebih panjang dari 1.000 karakter")));
	}

	@Test
	void anXlsxZipBombIsRefusedBeforeItIsUnpacked() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] spaces = new byte[1024 * 1024];
			java.util.Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 200; i++) {
				zip.write(spaces);
			}
			zip.closeEntry();
		}
		byte[] bomb = bytes.toByteArray();
		assertThat(bomb.length).isLessThan(1024 * 1024);
		long start = System.nanoTime();
		MockHttpSession hr = Logins.login(this.mvc, "bkpsdm", DEMO_PASSWORD);
		this.mvc
			.perform(multipart("/employees/import")
				.file(new MockMultipartFile("file", "bom.xlsx",
						"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bomb))
				.session(hr)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Berkas XLSX terlalu besar setelah dibuka")));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
	}

}
