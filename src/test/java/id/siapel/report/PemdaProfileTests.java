package id.siapel.report;

import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.Logins;
import id.siapel.testsupport.SiapelIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The letterhead and signature block are data the administrator edits (never hard-coded):
 * saved with field errors for bad input, a logo only if it really is a PNG or JPEG, and
 * nobody else may change them.
 */
@SiapelIntegrationTest
class PemdaProfileTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PemdaProfiles profiles;

	@Autowired
	Fixtures fixtures;

	@Test
	void theAdministratorChangesTheLetterheadAndEveryDocumentUsesIt() throws Exception {
		MockHttpSession admin = Logins.loginAsDemo(this.mvc, "admin");
		long version = this.profiles.current().version();
		this.mvc
			.perform(post("/admin/pemda").session(admin)
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("regionName", "PEMERINTAH KABUPATEN UJI")
				.param("officeName", "SEKRETARIAT DAERAH")
				.param("address", "Jl. Merdeka No. 10")
				.param("city", "Uji")
				.param("regentTitle", "Bupati Uji")
				.param("secretaryName", "Dr. Siti Rahmawati, M.Si.")
				.param("secretaryTitle", "Sekretaris Daerah Kabupaten Uji"))
			.andExpect(redirectedUrl("/admin/pemda"))
			.andExpect(flash().attribute("success", "pemda.saved"));
		org.assertj.core.api.Assertions.assertThat(this.profiles.current().secretaryName())
			.isEqualTo("Dr. Siti Rahmawati, M.Si.");
		this.mvc
			.perform(post("/admin/pemda").session(admin)
				.with(csrf())
				.param("version", String.valueOf(this.profiles.current().version()))
				.param("regionName", "")
				.param("officeName", "SEKRETARIAT DAERAH")
				.param("address", "Jl. Merdeka No. 10")
				.param("city", "Uji")
				.param("regentTitle", "Bupati Uji")
				.param("secretaryName", "Dr. Siti Rahmawati, M.Si.")
				.param("secretaryTitle", "Sekretaris Daerah"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wajib diisi.")));
		this.mvc
			.perform(post("/admin/pemda").session(admin)
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("regionName", "X")
				.param("officeName", "X")
				.param("address", "X")
				.param("city", "X")
				.param("regentTitle", "X")
				.param("secretaryName", "X")
				.param("secretaryTitle", "X"))
			.andExpect(status().isConflict());
	}

	@Test
	void onlyARealImageIsAcceptedAsTheLogo() throws Exception {
		MockHttpSession admin = Logins.loginAsDemo(this.mvc, "admin");
		this.mvc
			.perform(multipart("/admin/pemda/logo")
				.file(new MockMultipartFile("logo", "logo.png", "image/png", "<svg>not a png</svg>".getBytes()))
				.session(admin)
				.with(csrf()))
			.andExpect(flash().attribute("warning", "pemda.logo.format"));
		byte[] png = java.util.Base64.getDecoder()
			.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
		this.mvc
			.perform(multipart("/admin/pemda/logo").file(new MockMultipartFile("logo", "logo.png", "image/png", png))
				.session(admin)
				.with(csrf()))
			.andExpect(flash().attribute("success", "pemda.logo.saved"));
		this.mvc.perform(get("/pemda/logo").session(admin))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"));
	}

	@Test
	void aLogoThatDoesNotDecodeOrIsTooLargeInPixelsIsRefused() throws Exception {
		MockHttpSession admin = Logins.loginAsDemo(this.mvc, "admin");
		byte[] fakePng = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0 };
		this.mvc
			.perform(
					multipart("/admin/pemda/logo").file(new MockMultipartFile("logo", "logo.png", "image/png", fakePng))
						.session(admin)
						.with(csrf()))
			.andExpect(flash().attribute("warning", "pemda.logo.format"));
		java.io.ByteArrayOutputStream huge = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(
				new java.awt.image.BufferedImage(4000, 10, java.awt.image.BufferedImage.TYPE_BYTE_GRAY), "png", huge);
		this.mvc
			.perform(multipart("/admin/pemda/logo")
				.file(new MockMultipartFile("logo", "logo.png", "image/png", huge.toByteArray()))
				.session(admin)
				.with(csrf()))
			.andExpect(flash().attribute("warning", "pemda.logo.tooManyPixels"));
	}

	@Test
	void theSecretarysNipFollowsTheNipRules() throws Exception {
		MockHttpSession admin = Logins.loginAsDemo(this.mvc, "admin");
		this.mvc
			.perform(post("/admin/pemda").session(admin)
				.with(csrf())
				.param("version", String.valueOf(this.profiles.current().version()))
				.param("regionName", "PEMERINTAH KABUPATEN UJI")
				.param("officeName", "SEKRETARIAT DAERAH")
				.param("address", "Jl. Merdeka No. 10")
				.param("city", "Uji")
				.param("regentTitle", "Bupati Uji")
				.param("secretaryName", "Dr. Siti Rahmawati, M.Si.")
				.param("secretaryNip", "12345")
				.param("secretaryTitle", "Sekretaris Daerah Kabupaten Uji"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("NIP PNS/CPNS harus 18 digit angka.")));
	}

	@Test
	void aStandInSignsWithPltBeforeTheOfficeOnTheSanctionListAndTheMonthlyRecap() throws Exception {
		MockHttpSession admin = Logins.loginAsDemo(this.mvc, "admin");
		PemdaProfileView before = this.profiles.current();
		try {
			this.mvc.perform(pemda(admin).param("secretaryDesignation", "BUPATI"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Pilih definitif, Plt., atau Plh.")));
			assertThat(this.profiles.current().secretaryDesignation()).isEqualTo(before.secretaryDesignation());
			this.mvc.perform(pemda(admin).param("secretaryDesignation", "")).andExpect(status().isOk());
			this.mvc.perform(pemda(admin).param("secretaryDesignation", "PLT"))
				.andExpect(redirectedUrl("/admin/pemda"));
			PemdaProfileView plt = this.profiles.current();
			assertThat(plt.secretaryDesignation()).isEqualTo(SignatoryDesignation.PLT);
			assertThat(plt.signedTitle()).isEqualTo("Plt. Sekretaris Daerah Kabupaten Uji");
			this.mvc.perform(get("/admin/pemda").session(admin))
				.andExpect(content().string(containsString("<option value=\"PLT\" selected=\"selected\">")));

			String list = pdfText("sanction-list-plt",
					get("/reports/sanctions.pdf").param("year", "2025").session(Logins.loginAsDemo(this.mvc, "sekda")));
			String recap = pdfText("recap-monthly-plt",
					get("/reports/recap/monthly.pdf").param("unit", "DINKES")
						.param("month", "2025-04")
						.session(Logins.loginAsDemo(this.mvc, "bkpsdm")));
			for (String text : java.util.List.of(list, recap)) {
				assertThat(text).contains("Plt. Sekretaris Daerah Kabupaten Uji", "Dr. Siti Rahmawati, M.Si.",
						"NIP 196804121994031005", "Uji, ");
			}

			this.mvc.perform(pemda(admin).param("secretaryDesignation", "PLH"))
				.andExpect(redirectedUrl("/admin/pemda"));
			assertThat(this.profiles.current().signedTitle()).isEqualTo("Plh. Sekretaris Daerah Kabupaten Uji");
			this.mvc.perform(pemda(admin).param("secretaryDesignation", "DEFINITIVE"))
				.andExpect(redirectedUrl("/admin/pemda"));
			assertThat(this.profiles.current().signedTitle()).isEqualTo("Sekretaris Daerah Kabupaten Uji");
		}
		finally {
			this.fixtures.as("admin", () -> {
				this.profiles.update(new PemdaProfileView(before.regionName(), before.officeName(), before.address(),
						before.contact(), before.city(), before.regentTitle(), before.secretaryName(),
						before.secretaryNip(), before.secretaryTitle(), before.secretaryDesignation(),
						before.secretaryRank(), false, this.profiles.current().version()));
				return null;
			});
		}
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder pemda(MockHttpSession admin) {
		return post("/admin/pemda").session(admin)
			.with(csrf())
			.param("version", String.valueOf(this.profiles.current().version()))
			.param("regionName", "PEMERINTAH KABUPATEN UJI")
			.param("officeName", "SEKRETARIAT DAERAH")
			.param("address", "Jl. Merdeka No. 10")
			.param("city", "Uji")
			.param("regentTitle", "Bupati Uji")
			.param("secretaryName", "Dr. Siti Rahmawati, M.Si.")
			.param("secretaryNip", "196804121994031005")
			.param("secretaryTitle", "Sekretaris Daerah Kabupaten Uji");
	}

	private String pdfText(String name,
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
		byte[] pdf = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/test-documents"));
		java.nio.file.Files.write(java.nio.file.Path.of("target/test-documents", name + ".pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	@Test
	void nobodyButTheAdministratorChangesIt() throws Exception {
		MockHttpSession hr = Logins.loginAsDemo(this.mvc, "bkpsdm");
		this.mvc.perform(get("/admin/pemda").session(hr)).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/pemda").session(hr).with(csrf()).param("regionName", "X"))
			.andExpect(status().isForbidden());
	}

}
