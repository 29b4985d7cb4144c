package id.siapel.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The Pemda as its documents present it.
 *
 * @param regionName first line of the letterhead, e.g. "PEMERINTAH KABUPATEN SUKAMAJU"
 * @param officeName second line, e.g. "SEKRETARIAT DAERAH"
 * @param address street, town, postcode
 * @param contact telephone, website, e-mail (optional)
 * @param city the place in "Sukamaju, 8 April 2025"
 * @param regentTitle "Bupati Sukamaju"
 * @param secretaryName the Sekda's name with titles
 * @param secretaryNip the Sekda's NIP
 * @param secretaryTitle the Sekda's office as signed
 * @param secretaryDesignation definitive, or Plt./Plh. before the office
 * @param secretaryRank pangkat/golongan (optional)
 * @param hasLogo whether a logo is stored
 * @param version optimistic-lock version
 */
public record PemdaProfileView(String regionName, String officeName, String address, String contact, String city,
		String regentTitle, String secretaryName, String secretaryNip, String secretaryTitle,
		SignatoryDesignation secretaryDesignation, String secretaryRank, boolean hasLogo, long version) {

	/** The office above the signature: "Plt. Sekretaris Daerah Kabupaten Sukamaju". */
	public String signedTitle() {
		SignatoryDesignation designation = (this.secretaryDesignation != null) ? this.secretaryDesignation
				: SignatoryDesignation.DEFINITIVE;
		return designation.signedTitle(this.secretaryTitle);
	}

	/** The place and date above the signature: "Sukamaju, 6 Desember 2026". */
	public String placeAndDate(LocalDate day, Locale locale) {
		return this.city + ", " + DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(day);
	}

}
