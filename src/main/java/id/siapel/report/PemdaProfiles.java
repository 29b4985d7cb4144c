package id.siapel.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import id.siapel.employee.EmploymentType;
import id.siapel.employee.NipRules;

import id.siapel.security.CurrentUser;
import id.siapel.shared.AuditRecord;
import id.siapel.shared.RuleViolationException;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Pemda's letterhead and signature data: read by every printed document, changed by
 * the administrator only.
 */
@Service
@RequiredArgsConstructor
public class PemdaProfiles {

	static final int MAX_LOGO_BYTES = 512 * 1024;

	/** Pixels a side: a letterhead logo is printed a few centimetres wide. */
	static final int MAX_LOGO_SIDE = 2000;

	private final PemdaProfileRepository profiles;

	private final CurrentUser currentUser;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	@Transactional(readOnly = true)
	public PemdaProfileView current() {
		return load().view();
	}

	/** The logo as a {@code data:} URI for documents, if there is one. */
	@Transactional(readOnly = true)
	public Optional<String> logoDataUri() {
		PemdaProfile profile = load();
		if (profile.getLogo() == null) {
			return Optional.empty();
		}
		return Optional
			.of("data:" + profile.getLogoType() + ";base64," + Base64.getEncoder().encodeToString(profile.getLogo()));
	}

	@Transactional(readOnly = true)
	public Optional<Logo> logo() {
		PemdaProfile profile = load();
		return (profile.getLogo() != null) ? Optional.of(new Logo(profile.getLogo(), profile.getLogoType()))
				: Optional.empty();
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void update(PemdaProfileView values) {
		PemdaProfile profile = load();
		if (profile.getVersion() != values.version()) {
			throw new ObjectOptimisticLockingFailureException(PemdaProfile.class, PemdaProfile.ID);
		}
		List<RuleViolationException.Problem> problems = new ArrayList<>();
		required(problems, "regionName", values.regionName(), 150);
		required(problems, "officeName", values.officeName(), 150);
		required(problems, "address", values.address(), 300);
		optional(problems, "contact", values.contact(), 300);
		required(problems, "city", values.city(), 100);
		required(problems, "regentTitle", values.regentTitle(), 150);
		required(problems, "secretaryName", values.secretaryName(), 150);
		secretaryNip(problems, values.secretaryNip());
		required(problems, "secretaryTitle", values.secretaryTitle(), 200);
		if (values.secretaryDesignation() == null) {
			problems.add(new RuleViolationException.Problem("secretaryDesignation", "pemda.field.required"));
		}
		optional(problems, "secretaryRank", values.secretaryRank(), 100);
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems);
		}
		PemdaProfileView before = profile.view();
		profile.change(trimmed(values), this.clock.instant(), this.currentUser.require().getUsername());
		this.events.publishEvent(new AuditRecord("PEMDA_PROFILE_CHANGED", "pemda",
				AuditRecord.changes(before, profile.view(), "version")));
	}

	/**
	 * A PNG or JPEG of at most 512 KB and {@value #MAX_LOGO_SIDE} pixels a side that
	 * really decodes (a document renderer drops an image it cannot read, so the logo
	 * would silently vanish from every PDF); {@code null} removes the logo.
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void changeLogo(byte[] image) {
		String type = null;
		if (image != null) {
			if (image.length > MAX_LOGO_BYTES) {
				throw new RuleViolationException("logo", "pemda.logo.tooLarge", MAX_LOGO_BYTES / 1024);
			}
			type = checkedImageType(image);
		}
		load().changeLogo(image, type, this.clock.instant(), this.currentUser.require().getUsername());
		this.events.publishEvent(new AuditRecord("PEMDA_LOGO_CHANGED", "pemda",
				(image != null) ? type + ", " + image.length + " bytes" : "removed"));
	}

	/**
	 * The content type of a PNG or JPEG that decodes completely, whatever the file name
	 * says; the size in pixels is read from the header before decoding, so that a small
	 * file of a huge image is refused without filling the memory.
	 */
	static String checkedImageType(byte[] image) {
		String type = imageType(image);
		if (type == null) {
			throw new RuleViolationException("logo", "pemda.logo.format");
		}
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
			Iterator<ImageReader> readers = (input != null) ? ImageIO.getImageReaders(input) : null;
			if (readers == null || !readers.hasNext()) {
				throw new RuleViolationException("logo", "pemda.logo.format");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				String format = reader.getFormatName().toLowerCase(Locale.ROOT);
				if (!(format.equals("png") && type.equals("image/png"))
						&& !((format.equals("jpeg") || format.equals("jpg")) && type.equals("image/jpeg"))) {
					throw new RuleViolationException("logo", "pemda.logo.format");
				}
				if (reader.getWidth(0) > MAX_LOGO_SIDE || reader.getHeight(0) > MAX_LOGO_SIDE) {
					throw new RuleViolationException("logo", "pemda.logo.tooManyPixels", MAX_LOGO_SIDE,
							reader.getWidth(0), reader.getHeight(0));
				}
				BufferedImage decoded = reader.read(0);
				if (decoded == null || decoded.getWidth() < 1 || decoded.getHeight() < 1) {
					throw new RuleViolationException("logo", "pemda.logo.format");
				}
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof RuleViolationException violation) {
				throw violation;
			}
			throw new RuleViolationException("logo", "pemda.logo.format");
		}
		return type;
	}

	/** Recognises PNG and JPEG by their signature. */
	static String imageType(byte[] image) {
		if (image.length > 8 && (image[0] & 0xFF) == 0x89 && image[1] == 'P' && image[2] == 'N' && image[3] == 'G') {
			return "image/png";
		}
		if (image.length > 3 && (image[0] & 0xFF) == 0xFF && (image[1] & 0xFF) == 0xD8 && (image[2] & 0xFF) == 0xFF) {
			return "image/jpeg";
		}
		return null;
	}

	/**
	 * The Sekda is a PNS: an 18-digit NIP by the rules of {@link NipRules} (printed with
	 * or without its spaces), when one is given.
	 */
	private void secretaryNip(List<RuleViolationException.Problem> problems, String nip) {
		String normalized = NipRules.normalize(nip);
		if (normalized == null || normalized.isEmpty()) {
			return;
		}
		NipRules.violation(normalized, EmploymentType.PNS, null, LocalDate.now(this.clock))
			.ifPresent((key) -> problems.add(new RuleViolationException.Problem("secretaryNip", key)));
	}

	private PemdaProfile load() {
		return this.profiles.findById(PemdaProfile.ID)
			.orElseThrow(() -> new IllegalStateException("pemda_profile row missing (migration V30)"));
	}

	private static void required(List<RuleViolationException.Problem> problems, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			problems.add(new RuleViolationException.Problem(field, "pemda.field.required"));
		}
		else {
			optional(problems, field, value, max);
		}
	}

	private static void optional(List<RuleViolationException.Problem> problems, String field, String value, int max) {
		if (value != null && value.strip().length() > max) {
			problems.add(new RuleViolationException.Problem(field, "pemda.field.tooLong", max));
		}
	}

	private static PemdaProfileView trimmed(PemdaProfileView v) {
		return new PemdaProfileView(strip(v.regionName()), strip(v.officeName()), strip(v.address()),
				strip(v.contact()), strip(v.city()), strip(v.regentTitle()), strip(v.secretaryName()),
				strip(v.secretaryNip()), strip(v.secretaryTitle()), v.secretaryDesignation(), strip(v.secretaryRank()),
				v.hasLogo(), v.version());
	}

	private static String strip(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** The stored logo. */
	public record Logo(byte[] bytes, String contentType) {
	}

}
