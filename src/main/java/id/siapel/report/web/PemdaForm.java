package id.siapel.report.web;

import id.siapel.report.PemdaProfileView;
import id.siapel.report.SignatoryDesignation;
import lombok.Getter;
import lombok.Setter;

/** The letterhead and signature form. */
@Getter
@Setter
class PemdaForm {

	private String regionName;

	private String officeName;

	private String address;

	private String contact;

	private String city;

	private String regentTitle;

	private String secretaryName;

	private String secretaryNip;

	private String secretaryTitle;

	/** Definitive unless chosen: a form posted without it keeps the office alone. */
	private SignatoryDesignation secretaryDesignation = SignatoryDesignation.DEFINITIVE;

	private String secretaryRank;

	private long version;

	static PemdaForm of(PemdaProfileView view) {
		PemdaForm form = new PemdaForm();
		form.regionName = view.regionName();
		form.officeName = view.officeName();
		form.address = view.address();
		form.contact = view.contact();
		form.city = view.city();
		form.regentTitle = view.regentTitle();
		form.secretaryName = view.secretaryName();
		form.secretaryNip = view.secretaryNip();
		form.secretaryTitle = view.secretaryTitle();
		form.secretaryDesignation = view.secretaryDesignation();
		form.secretaryRank = view.secretaryRank();
		form.version = view.version();
		return form;
	}

	PemdaProfileView toView() {
		return new PemdaProfileView(this.regionName, this.officeName, this.address, this.contact, this.city,
				this.regentTitle, this.secretaryName, this.secretaryNip, this.secretaryTitle, this.secretaryDesignation,
				this.secretaryRank, false, this.version);
	}

}
