package id.siapel.report;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.Getter;

/** The single row of the Pemda's letterhead and signature data. */
@Entity
@Table(name = "pemda_profile")
@Getter
class PemdaProfile {

	static final int ID = 1;

	@Id
	private Integer id;

	private String regionName;

	private String officeName;

	private String address;

	private String contact;

	private String city;

	private String regentTitle;

	private String secretaryName;

	private String secretaryNip;

	private String secretaryTitle;

	@Enumerated(EnumType.STRING)
	private SignatoryDesignation secretaryDesignation;

	private String secretaryRank;

	@Column(columnDefinition = "bytea")
	private byte[] logo;

	private String logoType;

	private Instant updatedAt;

	private String updatedBy;

	@Version
	private long version;

	protected PemdaProfile() {
	}

	void change(PemdaProfileView values, Instant now, String by) {
		this.regionName = values.regionName();
		this.officeName = values.officeName();
		this.address = values.address();
		this.contact = values.contact();
		this.city = values.city();
		this.regentTitle = values.regentTitle();
		this.secretaryName = values.secretaryName();
		this.secretaryNip = values.secretaryNip();
		this.secretaryTitle = values.secretaryTitle();
		this.secretaryDesignation = values.secretaryDesignation();
		this.secretaryRank = values.secretaryRank();
		this.updatedAt = now;
		this.updatedBy = by;
	}

	void changeLogo(byte[] logo, String type, Instant now, String by) {
		this.logo = logo;
		this.logoType = type;
		this.updatedAt = now;
		this.updatedBy = by;
	}

	PemdaProfileView view() {
		return new PemdaProfileView(this.regionName, this.officeName, this.address, this.contact, this.city,
				this.regentTitle, this.secretaryName, this.secretaryNip, this.secretaryTitle, this.secretaryDesignation,
				this.secretaryRank, this.logo != null, this.version);
	}

}
