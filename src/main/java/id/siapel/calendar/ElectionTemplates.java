package id.siapel.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.springframework.stereotype.Component;

/**
 * The election templates are data, not code: {@code calendar/templates/templates.csv}
 * lists them (id, name, the prefix of the period names, the CSV of stages, which stages
 * to watch by the start of their name, the regulation that sets the schedule); each
 * stages CSV ({@code start_date, end_date, stage_id, stage_en, source}) is a copy of
 * public data with its sources. Shipped: Pilkada Serentak 2024 (PKPU 2/2024) and Pemilu
 * 2024 (Pileg/Pilpres, PKPU 3/2022). Another election is one more row and one more CSV.
 */
@Component
class ElectionTemplates {

	static final String FOLDER = "/calendar/templates/";

	static final String INDEX = FOLDER + "templates.csv";

	private final List<ElectionTemplate> templates;

	ElectionTemplates() {
		this(INDEX);
	}

	ElectionTemplates(String index) {
		List<ElectionTemplate> list = new ArrayList<>();
		for (CSVRecord row : read(index)) {
			List<String> watched = Arrays.stream(row.get("watched_stages").split("\\|"))
				.map(String::strip)
				.filter((s) -> !s.isEmpty())
				.toList();
			List<ElectionTemplate.Stage> stages = new ArrayList<>();
			for (CSVRecord stage : read(FOLDER + row.get("stages").strip())) {
				String name = stage.get("stage_id").strip();
				if (watched.stream().anyMatch(name::startsWith)) {
					stages.add(new ElectionTemplate.Stage(name, LocalDate.parse(stage.get("start_date").strip()),
							LocalDate.parse(stage.get("end_date").strip()), stage.get("source").strip()));
				}
			}
			list.add(new ElectionTemplate(row.get("id").strip(), row.get("name").strip(), row.get("short_name").strip(),
					row.get("basis").strip(), List.copyOf(stages)));
		}
		this.templates = List.copyOf(list);
	}

	List<ElectionTemplate> all() {
		return this.templates;
	}

	Optional<ElectionTemplate> find(String id) {
		return this.templates.stream().filter((t) -> t.id().equals(id)).findFirst();
	}

	private static List<CSVRecord> read(String resource) {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (InputStream in = ElectionTemplates.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + resource);
			}
			try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
					CSVParser parser = CSVParser.parse(reader, format)) {
				return parser.getRecords();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
