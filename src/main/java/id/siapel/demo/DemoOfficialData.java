package id.siapel.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import id.siapel.calendar.CalendarDays;
import id.siapel.calendar.DayInput;
import id.siapel.calendar.DayKind;
import id.siapel.calendar.MonitoringKind;
import id.siapel.calendar.MonitoringPeriods;
import id.siapel.calendar.WorkCalendars;
import id.siapel.report.PemdaProfileView;
import id.siapel.report.PemdaProfiles;
import id.siapel.report.SignatoryDesignation;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What Kabupaten Sukamaju's administrators would have entered by now: the letterhead and
 * the Sekda's signature block, the regency's anniversary as a regional holiday, the
 * national flexible-work days before Nyepi 2026 (SE MenPANRB 2/2026), and the Sekda's
 * circular ordering OPD heads to watch attendance after Idul Fitri. The regency is
 * fictional, and so are its Perbup and SE numbers.
 */
@Component
@RequiredArgsConstructor
class DemoOfficialData {

	private final PemdaProfiles profiles;

	private final CalendarDays days;

	private final MonitoringPeriods periods;

	private final WorkCalendars calendars;

	private final Clock clock;

	@Transactional
	public void load() {
		PemdaProfileView current = this.profiles.current();
		this.profiles.update(new PemdaProfileView("PEMERINTAH KABUPATEN SUKAMAJU", "SEKRETARIAT DAERAH",
				"Jl. Pemuda No. 1, Sukamaju Kota 45111",
				"Telp. (0231) 320 100 – Laman sukamajukab.go.id – " + "Pos-el setda@sukamajukab.go.id", "Sukamaju",
				"Bupati Sukamaju", "Drs. H. Bambang Sutrisno, M.Si.", "196804121994031005",
				"Sekretaris Daerah Kabupaten Sukamaju", SignatoryDesignation.DEFINITIVE, "Pembina Utama Madya (IV/d)",
				false, current.version()));
		this.profiles.changeLogo(logo());
		int year = LocalDate.now(this.clock).getYear();
		LocalDate anniversary = LocalDate.of(year, 9, 14);
		while (anniversary.getDayOfWeek() == DayOfWeek.SATURDAY || anniversary.getDayOfWeek() == DayOfWeek.SUNDAY) {
			anniversary = anniversary.plusDays(1);
		}
		this.days.add(new DayInput(anniversary, null, DayKind.REGIONAL_HOLIDAY, "Hari Jadi Kabupaten Sukamaju",
				"Sukamaju Regency Anniversary", "Perbup Sukamaju No. 5 Tahun " + (year - 1),
				LocalDate.of(year - 1, 11, 20), "demo", List.of()));
		if (year == 2026) {
			// SE MenPANRB 2/2026 (regulation.md §5): flexible work 16–17 March before
			// Nyepi.
			// Its 25–27 March days after Idul Fitri were not applied in Sukamaju, as some
			// regions did in 2024: everyone was to report on the first working day.
			this.days.add(new DayInput(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 17), DayKind.REMOTE_WORK,
					"Kerja fleksibel menjelang Hari Suci Nyepi", "Flexible work before Nyepi", "SE MenPANRB No. 2/2026",
					LocalDate.of(2026, 2, 27), "regulation.md §5", List.of()));
		}
		LocalDate firstAfterLebaran = firstWorkingDayAfterLebaran(year);
		if (firstAfterLebaran != null) {
			this.periods.create(new MonitoringPeriods.PeriodInput("Pemantauan kehadiran pasca libur Idul Fitri " + year,
					MonitoringKind.POST_HOLIDAY, firstAfterLebaran, firstAfterLebaran.plusDays(8),
					"800.1.6/117/BKPSDM/" + year, firstAfterLebaran.minusDays(6)));
		}
	}

	/**
	 * The first working day after the holiday block that contains Idul Fitri, if known.
	 */
	private LocalDate firstWorkingDayAfterLebaran(int year) {
		var general = this.calendars.current().general();
		for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
			var info = general.day(day);
			if (info.names().stream().anyMatch((name) -> name.startsWith("Hari Raya Idul Fitri"))) {
				return general.nextWorkingDay(day);
			}
		}
		return null;
	}

	/** A simple emblem (a shield with a star) for the letterhead. */
	static byte[] logo() {
		BufferedImage image = new BufferedImage(240, 280, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			Path2D shield = new Path2D.Double();
			shield.moveTo(20, 20);
			shield.lineTo(220, 20);
			shield.lineTo(220, 150);
			shield.curveTo(220, 220, 160, 255, 120, 270);
			shield.curveTo(80, 255, 20, 220, 20, 150);
			shield.closePath();
			g.setColor(new Color(0x0b5394));
			g.fill(shield);
			g.setColor(new Color(0xf1c232));
			g.setStroke(new BasicStroke(10));
			g.draw(shield);
			// A five-pointed star over a rice-and-cotton-like pair of arcs; shapes only,
			// no
			// fonts, so it draws on a server without any font installed.
			Path2D star = new Path2D.Double();
			for (int i = 0; i < 10; i++) {
				double radius = (i % 2 == 0) ? 45 : 18;
				double angle = Math.PI / 2 + i * Math.PI / 5;
				double x = 120 + radius * Math.cos(angle);
				double y = 100 - radius * Math.sin(angle);
				if (i == 0) {
					star.moveTo(x, y);
				}
				else {
					star.lineTo(x, y);
				}
			}
			star.closePath();
			g.fill(star);
			g.setStroke(new BasicStroke(8));
			g.drawArc(60, 120, 120, 110, 200, 140);
			g.drawArc(75, 135, 90, 80, 200, 140);
		}
		finally {
			g.dispose();
		}
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
