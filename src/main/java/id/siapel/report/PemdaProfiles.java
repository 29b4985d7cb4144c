package id.siapel.report;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

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
		optional(problems, "secretaryNip", values.secretaryNip(), 30);
		required(problems, "secretaryTitle", values.secretaryTitle(), 200);
		optional(problems, "secretaryRank", values.secretaryRank(), 100);
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems);
		}
		PemdaProfileView before = profile.view();
		profile.change(trimmed(values), this.clock.instant(), this.currentUser.require().getUsername());
		this.events.publishEvent(new AuditRecord("PEMDA_PROFILE_CHANGED", "pemda", before + " -> " + profile.view()));
	}

	/** A PNG or JPEG of at most 512 KB; {@code null} removes the logo. */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void changeLogo(byte[] image) {
		String type = null;
		if (image != null) {
			if (image.length > MAX_LOGO_BYTES) {
				throw new RuleViolationException("logo", "pemda.logo.tooLarge", MAX_LOGO_BYTES / 1024);
			}
			type = imageType(image);
			if (type == null) {
				throw new RuleViolationException("logo", "pemda.logo.format");
			}
		}
		load().changeLogo(image, type, this.clock.instant(), this.currentUser.require().getUsername());
		this.events.publishEvent(new AuditRecord("PEMDA_LOGO_CHANGED", "pemda",
				(image != null) ? type + ", " + image.length + " bytes" : "removed"));
	}

	/** Recognises PNG and JPEG by their signature, whatever the file name says. */
	static String imageType(byte[] image) {
		if (image.length > 8 && (image[0] & 0xFF) == 0x89 && image[1] == 'P' && image[2] == 'N' && image[3] == 'G') {
			return "image/png";
		}
		if (image.length > 3 && (image[0] & 0xFF) == 0xFF && (image[1] & 0xFF) == 0xD8 && (image[2] & 0xFF) == 0xFF) {
			return "image/jpeg";
		}
		return null;
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
				strip(v.secretaryNip()), strip(v.secretaryTitle()), strip(v.secretaryRank()), v.hasLogo(), v.version());
	}

	private static String strip(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** The stored logo. */
	public record Logo(byte[] bytes, String contentType) {
	}

}
