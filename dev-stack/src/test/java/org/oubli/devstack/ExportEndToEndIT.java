package org.oubli.devstack;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.mail.internet.MimeMessage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

import org.oubli.kit.events.OubliJson;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Access and portability across every service and demo system: the subject asks, confirms
 * with the emailed code, gets an email with a link, downloads a complete archive (every
 * page of the 5,000-message history included) whose JSON parses, whose CSV says the same,
 * whose manifest digests hold, and, for access, whose summary names the nine items of
 * Art. 15 in the subject's language. The case completes.
 * <p>
 * The registry is the one erasure-worker seeds from {@code erasure-systems.yml} and
 * publishes on {@code oubli.registry.systems}: the per-category Art. 15 texts asserted
 * here are that file's. Messaging takes erasures from Kafka but serves its records over
 * HTTP ({@code oubli.export.base-urls.messaging}, set by {@link DevStack}).
 */
@ExtendWith(OutputCaptureExtension.class)
class ExportEndToEndIT {

	private static final Pattern LINK = Pattern.compile("http://localhost:\\d+/api/v1/exports/[A-Za-z0-9_-]{43}");

	private static final List<String> ART15_SECTIONS = List.of("art15-purposes", "art15-categories", "art15-recipients",
			"art15-retention", "art15-rights", "art15-complaint", "art15-source", "art15-automated-decisions",
			"art15-transfers");

	private static DevStack stack;

	private static DemoData demo;

	private static ErasureJourney journey;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void start() {
		stack = RunningStack.get();
		demo = new DemoData(stack.mongoUri());
		journey = new ErasureJourney(stack);
	}

	@AfterAll
	static void closeClient() {
		demo.close();
	}

	@Test
	void anAccessRequestInFrenchGetsTheWholeHistoryAndTheArt15SummaryInFrench(CapturedOutput logs) throws Exception {
		String email = "chloe.laurent@example.fr";
		long history = demo.count("demo-messaging", "messages", eq("senderAccountId", "acc-1005"));
		assertThat(history).isGreaterThanOrEqualTo(5000);

		String requestId = askAndConfirm("access", email, "fr", "acc-1005");
		Map<String, byte[]> archive = download(journey.awaitMail(email, "prête"));

		assertConsistent(archive);
		assertThat(json(archive, "messaging/messages.json")).hasSize((int) history);
		assertThat(json(archive, "profiles/account.json")).isNotEmpty();
		assertThat(json(archive, "payments/invoices.json")).isNotEmpty();
		assertThat(json(archive, "payments/customer-record.json")).singleElement()
			.satisfies((record) -> assertThat(record).containsEntry("_id", "acc-1005"));
		assertThat(json(archive, "payments/billing-address.json")).hasSize(1);
		assertThat(json(archive, "profiles/connection-logs.json")).isNotEmpty();
		String summary = text(archive, "summary.html");
		ART15_SECTIONS.forEach((section) -> assertThat(summary).contains("id=\"" + section + "\""));
		assertThat(summary).contains("Finalités du traitement", "Destinataires", "Durée de conservation", "Vos droits",
				"Réclamation", "Source des données", "Décisions automatisées", "Transferts", "CNIL",
				"Facturation et comptabilité", "10 ans à compter de la clôture de",
				"Stripe (payment service provider)");
		assertThat(journey.awaitStatus(requestId, "COMPLETED").toString()).contains("ExportCompleted");
		assertThat(logs.getAll()).contains(requestId).doesNotContain(email);
	}

	@Test
	void anAccessRequestInEnglishGetsTheArt15SummaryInEnglish() throws Exception {
		String email = "hugo.moreau@example.fr";

		String requestId = askAndConfirm("access", email, "en", "acc-1004");
		Map<String, byte[]> archive = download(journey.awaitMail(email, "ready"));

		assertConsistent(archive);
		String summary = text(archive, "summary.html");
		ART15_SECTIONS.forEach((section) -> assertThat(summary).contains("id=\"" + section + "\""));
		assertThat(summary).contains("Purposes of the processing", "Recipients", "Retention period", "Your rights",
				"Complaint", "Source of the data", "Automated decisions", "Transfers", "Billing and accounting",
				"10 years from the end of the financial year", "Stripe (payment service provider)");
		journey.awaitStatus(requestId, "COMPLETED");
	}

	@Test
	void aPortabilityRequestGetsTheMachineReadableFiles() throws Exception {
		String email = "lea.dubois@example.fr";

		String requestId = askAndConfirm("portability", email, "en", "acc-1003");
		Map<String, byte[]> archive = download(journey.awaitMail(email, "ready"));

		assertConsistent(archive);
		assertThat(archive).doesNotContainKey("summary.html")
			.containsKeys("profiles/account.json", "profiles/account.csv", "messaging/messages.json",
					"payments/customer-record.csv", "manifest.json");
		assertThat(text(archive, "messaging/messages.csv")).contains("senderAccountId");
		journey.awaitStatus(requestId, "COMPLETED");
	}

	private String askAndConfirm(String type, String email, String language, String accountId) {
		String body = "{\"type\":\"" + type + "\",\"email\":\"" + email + "\",\"language\":\"" + language
				+ "\",\"accountId\":\"" + accountId + "\"}";
		HttpResponse<String> accepted = journey.post(stack.urlOf("request-intake") + "/api/v1/requests", body);
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		String requestId = OubliJson.mapper().readTree(accepted.body()).path("requestId").asString();
		HttpResponse<String> confirmed = journey.confirm(requestId, journey.codeFromMailbox(email));
		assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
		if ("DATA_POINT_REQUIRED".equals(statusOf(confirmed))) {
			// access and portability also ask for a data point: the account id, which
			// demo-profiles confirms for this address
			confirmed = journey.post(
					stack.urlOf("identity-verification") + "/api/v1/requests/" + requestId + "/verification/data-point",
					"{\"kind\":\"ACCOUNT_ID\",\"value\":\"" + accountId + "\"}");
			assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
		}
		assertThat(statusOf(confirmed)).as(confirmed.body()).isEqualTo("VERIFIED");
		return requestId;
	}

	private static String statusOf(HttpResponse<String> answer) {
		return OubliJson.mapper().readTree(answer.body()).path("status").asString();
	}

	private Map<String, byte[]> download(MimeMessage email) throws IOException, InterruptedException {
		Matcher link = LINK.matcher(MailboxPage.safeText(email));
		assertThat(link.find()).as("a download link in the email").isTrue();
		HttpResponse<byte[]> response = this.http.send(HttpRequest.newBuilder(URI.create(link.group())).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				files.put(entry.getName(), zip.readAllBytes());
			}
		}
		return files;
	}

	@SuppressWarnings("unchecked")
	private static void assertConsistent(Map<String, byte[]> archive) throws Exception {
		JsonNode manifest = OubliJson.mapper().readTree(archive.get("manifest.json"));
		assertThat(manifest.path("complete").asBoolean()).isTrue();
		assertThat(manifest.path("files")).hasSize(archive.size() - 1);
		for (JsonNode file : manifest.path("files")) {
			byte[] bytes = archive.get(file.path("path").asString());
			assertThat(bytes).as(file.path("path").asString()).isNotNull();
			assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
				.isEqualTo(file.path("sha256").asString());
		}
		for (String path : archive.keySet()) {
			if (path.endsWith(".json") && !path.equals("manifest.json")) {
				List<Map<String, Object>> records = json(archive, path);
				String csvPath = path.replace(".json", ".csv");
				if (records.isEmpty()) {
					assertThat(text(archive, csvPath)).as(csvPath).isEmpty();
					continue;
				}
				try (CSVParser csv = CSVParser.parse(new StringReader(text(archive, csvPath)),
						CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
					List<CSVRecord> rows = csv.getRecords();
					assertThat(rows).as(csvPath).hasSize(records.size());
					for (int i = 0; i < rows.size(); i++) {
						Map<String, String> flat = new LinkedHashMap<>();
						flatten("", records.get(i), flat);
						Map<String, String> row = rows.get(i).toMap();
						for (Map.Entry<String, String> cell : row.entrySet()) {
							assertThat(cell.getValue()).as(csvPath + " row " + i + " " + cell.getKey())
								.isEqualTo(flat.getOrDefault(cell.getKey(), ""));
						}
						assertThat(row.keySet()).containsAll(flat.keySet());
					}
				}
			}
		}
	}

	private static void flatten(String prefix, Object value, Map<String, String> flat) {
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, nested) -> flatten(prefix.isEmpty() ? key.toString() : prefix + "." + key, nested, flat));
		}
		else if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				flatten(prefix + "." + i, list.get(i), flat);
			}
		}
		else {
			flat.put(prefix, (value != null) ? value.toString() : "");
		}
	}

	private static List<Map<String, Object>> json(Map<String, byte[]> archive, String path) {
		return OubliJson.mapper().readValue(text(archive, path), new TypeReference<List<Map<String, Object>>>() {
		});
	}

	private static String text(Map<String, byte[]> archive, String path) {
		assertThat(archive).containsKey(path);
		return new String(archive.get(path), StandardCharsets.UTF_8);
	}

}
