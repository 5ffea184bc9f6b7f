package org.oubli.export.archive;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.connector.RecordsPage;
import org.oubli.contracts.connector.RecordsQuery;
import org.oubli.contracts.registry.CategoryDescriptor;
import org.oubli.contracts.subject.SubjectIdentifiers;
import org.oubli.export.ExportProperties;
import org.oubli.export.collect.CollectionFailedException;
import org.oubli.export.collect.RecordsSource;
import org.oubli.kit.events.OubliJson;

import org.springframework.stereotype.Component;

/**
 * Streams an archive: for every collected system and category, pages are fetched one at a
 * time and written to {@code <system>/<category>.json} (a JSON array) and
 * {@code <system>/<category>.csv} (flattened, dotted keys, a header of every column
 * seen); then, for an access request, {@code summary.html}; last {@code manifest.json}
 * with the SHA-256 of every other file. At most one page and one spool buffer are in
 * memory at a time, whatever the subject's history.
 * <p>
 * The ZIP is finished (and its stream closed) only when every page of every category came
 * in: on any failure the caller gets the exception and the stream is left open, to be
 * aborted, so a partial archive is never stored as complete.
 */
@Component
public class ArchiveWriter {

	/** The manifest's name. */
	public static final String MANIFEST = "manifest.json";

	/** The summary's name. */
	public static final String SUMMARY = "summary.html";

	private static final TypeReference<Map<String, Object>> RECORD = new TypeReference<>() {
	};

	private final JsonMapper mapper = OubliJson.mapper();

	private final RecordsSource source;

	private final SummaryRenderer summary;

	private final int pageSize;

	private final int maxPages;

	private final int level;

	public ArchiveWriter(RecordsSource source, SummaryRenderer summary, ExportProperties properties) {
		this.source = source;
		this.summary = summary;
		this.pageSize = properties.pageSize();
		this.maxPages = properties.maxPages();
		this.level = properties.compressionLevel();
	}

	/**
	 * Writes the whole archive to {@code out} and closes it.
	 * @param request what goes in
	 * @param out the (encrypting) stream, closed only on success
	 * @param progress called after every page (keeps the job's lease alive)
	 * @return the files and the record count
	 * @throws CollectionFailedException when a system gave no trustworthy page
	 */
	public Written write(ArchiveRequest request, OutputStream out, Runnable progress) {
		ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(out, 1 << 16), StandardCharsets.UTF_8);
		zip.setLevel(this.level);
		List<ManifestEntry> files = new ArrayList<>();
		Map<String, Long> counts = new LinkedHashMap<>();
		long records = 0;
		try {
			for (ArchiveRequest.CollectedSystem system : request.collected()) {
				for (CategoryDescriptor category : system.descriptor().categories()) {
					long count = writeCategory(zip, request, system, category.name(), files, progress);
					counts.put(system.descriptor().id() + "/" + category.name(), count);
					records += count;
				}
			}
			if (request.type() == RequestType.ACCESS) {
				EntryOutput entry = open(zip, SUMMARY);
				Writer writer = new OutputStreamWriter(entry, StandardCharsets.UTF_8);
				this.summary.render(request, counts, writer);
				writer.flush();
				files.add(close(zip, SUMMARY, entry, null));
			}
			writeManifest(zip, request, files, records);
			zip.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Written(records, files);
	}

	private long writeCategory(ZipOutputStream zip, ArchiveRequest request, ArchiveRequest.CollectedSystem system,
			String category, List<ManifestEntry> files, Runnable progress) throws IOException {
		String systemId = system.descriptor().id();
		Set<String> columns = new LinkedHashSet<>();
		long count = 0;
		try (RecordSpool spool = new RecordSpool()) {
			String cursor = null;
			int pages = 0;
			do {
				if (++pages > this.maxPages) {
					throw new CollectionFailedException(systemId,
							category + ": more than " + this.maxPages + " pages (a cursor that never ends?)", 0);
				}
				RecordsQuery query = new RecordsQuery(request.requestId(), systemId,
						SubjectIdentifiers.of(request.subject()), category, cursor, this.pageSize);
				RecordsPage page = this.source.page(system.baseUrl(), query);
				for (Map<String, Object> record : page.records()) {
					spool.append(this.mapper.writeValueAsString(record));
					columns.addAll(Flattener.flatten(record).keySet());
					count++;
				}
				cursor = page.nextCursor();
				progress.run();
			}
			while (cursor != null);
			spool.finish();
			String base = systemId + "/" + category;
			files.add(writeJson(zip, base + ".json", spool, count));
			files.add(writeCsv(zip, base + ".csv", spool, columns, count));
		}
		return count;
	}

	private ManifestEntry writeJson(ZipOutputStream zip, String path, RecordSpool spool, long count)
			throws IOException {
		EntryOutput entry = open(zip, path);
		Writer writer = new OutputStreamWriter(entry, StandardCharsets.UTF_8);
		writer.write('[');
		try (BufferedReader lines = spool.read()) {
			String line;
			boolean first = true;
			while ((line = lines.readLine()) != null) {
				writer.write(first ? "\n" : ",\n");
				writer.write(line);
				first = false;
			}
		}
		writer.write("\n]\n");
		writer.flush();
		return close(zip, path, entry, count);
	}

	private ManifestEntry writeCsv(ZipOutputStream zip, String path, RecordSpool spool, Set<String> columns, long count)
			throws IOException {
		EntryOutput entry = open(zip, path);
		if (columns.isEmpty()) {
			// no record, no column: an empty file
			return close(zip, path, entry, count);
		}
		Writer writer = new OutputStreamWriter(entry, StandardCharsets.UTF_8);
		CSVPrinter csv = new CSVPrinter(writer,
				CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get());
		List<String> row = new ArrayList<>(columns.size());
		try (BufferedReader lines = spool.read()) {
			String line;
			while ((line = lines.readLine()) != null) {
				Map<String, String> flat = Flattener.flatten(this.mapper.readValue(line, RECORD));
				row.clear();
				for (String column : columns) {
					row.add(flat.getOrDefault(column, ""));
				}
				csv.printRecord(row);
			}
		}
		csv.flush();
		return close(zip, path, entry, count);
	}

	private void writeManifest(ZipOutputStream zip, ArchiveRequest request, List<ManifestEntry> files, long records)
			throws IOException {
		EntryOutput entry = open(zip, MANIFEST);
		JsonGenerator json = this.mapper.createGenerator(entry);
		json.writeStartObject();
		json.writeStringProperty("requestId", request.requestId());
		json.writeStringProperty("type", request.type().name());
		json.writeStringProperty("createdAt", request.createdAt().toString());
		json.writeBooleanProperty("complete", true);
		json.writeNumberProperty("records", records);
		json.writeArrayPropertyStart("systems");
		for (ArchiveRequest.CollectedSystem system : request.collected()) {
			json.writeStartObject();
			json.writeStringProperty("id", system.descriptor().id());
			json.writeStringProperty("status", "collected");
			json.writeEndObject();
		}
		for (var system : request.askedSeparately()) {
			json.writeStartObject();
			json.writeStringProperty("id", system.id());
			json.writeStringProperty("status", "asked-separately");
			json.writeStringProperty("mode", system.mode().name());
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeArrayPropertyStart("files");
		for (ManifestEntry file : files) {
			json.writeStartObject();
			json.writeStringProperty("path", file.path());
			json.writeStringProperty("sha256", file.sha256());
			json.writeNumberProperty("bytes", file.bytes());
			if (file.records() != null) {
				json.writeNumberProperty("records", file.records());
			}
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeEndObject();
		json.close();
		zip.closeEntry();
	}

	private static EntryOutput open(ZipOutputStream zip, String path) throws IOException {
		zip.putNextEntry(new ZipEntry(path));
		return new EntryOutput(zip);
	}

	private static ManifestEntry close(ZipOutputStream zip, String path, EntryOutput entry, Long records)
			throws IOException {
		zip.closeEntry();
		return new ManifestEntry(path, entry.sha256(), entry.bytes(), records);
	}

	/**
	 * What was written.
	 *
	 * @param records how many records
	 * @param files the files the manifest lists
	 */
	public record Written(long records, List<ManifestEntry> files) {
	}

}
