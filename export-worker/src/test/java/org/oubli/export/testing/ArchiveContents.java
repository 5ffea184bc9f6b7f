package org.oubli.export.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.type.TypeReference;

import org.oubli.export.archive.Flattener;
import org.oubli.kit.events.OubliJson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An archive opened in a test: its files, and the checks every archive must pass (JSON
 * parses, CSV says the same as the JSON, the manifest's digests are right).
 */
public final class ArchiveContents {

	private final Map<String, byte[]> files = new LinkedHashMap<>();

	private ArchiveContents() {
	}

	public static ArchiveContents of(byte[] zip) {
		return of(new ByteArrayInputStream(zip));
	}

	public static ArchiveContents of(InputStream zip) {
		ArchiveContents contents = new ArchiveContents();
		try (ZipInputStream in = new ZipInputStream(zip, StandardCharsets.UTF_8)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				contents.files.put(entry.getName(), in.readAllBytes());
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return contents;
	}

	public Map<String, byte[]> files() {
		return this.files;
	}

	public String text(String path) {
		assertThat(this.files).containsKey(path);
		return new String(this.files.get(path), StandardCharsets.UTF_8);
	}

	public List<Map<String, Object>> json(String path) {
		return OubliJson.mapper().readValue(text(path), new TypeReference<List<Map<String, Object>>>() {
		});
	}

	public Map<String, Object> manifest() {
		return OubliJson.mapper().readValue(text("manifest.json"), new TypeReference<Map<String, Object>>() {
		});
	}

	/** Every data file parses, every CSV matches its JSON, every digest is right. */
	@SuppressWarnings("unchecked")
	public void assertConsistent() {
		Map<String, Object> manifest = manifest();
		assertThat(manifest.get("complete")).isEqualTo(true);
		List<Map<String, Object>> listed = (List<Map<String, Object>>) manifest.get("files");
		List<String> paths = new ArrayList<>();
		for (Map<String, Object> file : listed) {
			String path = (String) file.get("path");
			paths.add(path);
			assertThat(sha256(this.files.get(path))).as("digest of " + path).isEqualTo(file.get("sha256"));
			assertThat(((Number) file.get("bytes")).longValue()).isEqualTo(this.files.get(path).length);
		}
		assertThat(paths).containsExactlyInAnyOrderElementsOf(
				this.files.keySet().stream().filter((path) -> !path.equals("manifest.json")).toList());
		for (String path : this.files.keySet()) {
			if (path.endsWith(".json") && !path.equals("manifest.json")) {
				String csvPath = path.substring(0, path.length() - ".json".length()) + ".csv";
				assertCsvMatchesJson(json(path), text(csvPath));
			}
		}
	}

	private static void assertCsvMatchesJson(List<Map<String, Object>> json, String csv) {
		if (json.isEmpty()) {
			assertThat(csv).isEmpty();
			return;
		}
		try (CSVParser parser = CSVParser.parse(new StringReader(csv),
				CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
			List<CSVRecord> rows = parser.getRecords();
			assertThat(rows).hasSize(json.size());
			for (int i = 0; i < rows.size(); i++) {
				Map<String, String> flat = Flattener.flatten(json.get(i));
				Map<String, String> row = rows.get(i).toMap();
				assertThat(row.keySet()).containsAll(flat.keySet());
				for (Map.Entry<String, String> cell : row.entrySet()) {
					assertThat(cell.getValue()).as("row " + i + " column " + cell.getKey())
						.isEqualTo(flat.getOrDefault(cell.getKey(), ""));
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The nine Art. 15 items, by their section id in summary.html. */
	public static final List<String> ART15_SECTIONS = List.of("art15-purposes", "art15-categories", "art15-recipients",
			"art15-retention", "art15-rights", "art15-complaint", "art15-source", "art15-automated-decisions",
			"art15-transfers");

}
