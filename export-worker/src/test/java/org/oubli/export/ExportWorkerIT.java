package org.oubli.export;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.Topics;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.ExportCompleted;
import org.oubli.contracts.events.ExportFailed;
import org.oubli.contracts.events.ExportReady;
import org.oubli.contracts.events.IdentityVerified;
import org.oubli.contracts.events.OubliEvent;
import org.oubli.contracts.subject.EmailAddress;
import org.oubli.contracts.subject.Language;
import org.oubli.contracts.subject.Subject;
import org.oubli.export.archive.ArchiveStore;
import org.oubli.export.download.ArchivePurge;
import org.oubli.export.job.JobStore;
import org.oubli.export.testing.ArchiveContents;
import org.oubli.export.testing.ExportWorkerTest;
import org.oubli.export.testing.FakeSystem;
import org.oubli.export.testing.FakeSystem.Behaviour;
import org.oubli.export.testing.TestRegistry;
import org.oubli.kit.events.EventCodec;
import org.oubli.kit.registry.RegistryView;
import org.oubli.kit.secrets.SecretSeal;
import org.oubli.testsupport.KafkaProbe;
import org.oubli.testsupport.MutableClock;
import org.oubli.testsupport.OubliInfrastructure;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * export-worker on the real broker and wire server, collecting from fake systems over
 * real HTTP: complete archives only, encrypted at rest, links that expire and run out,
 * purge.
 */
@ExportWorkerTest
class ExportWorkerIT {

	@Autowired
	MongoTemplate mongo;

	@Autowired
	ArchiveStore store;

	@Autowired
	ArchivePurge purge;

	@Autowired
	MutableClock clock;

	@Autowired
	RegistryView registry;

	@LocalServerPort
	int port;

	private final EventCodec codec = new EventCodec();

	private final KafkaProbe kafka = new KafkaProbe(OubliInfrastructure.get().kafkaBootstrapServers());

	private final HttpClient http = HttpClient.newHttpClient();

	private final List<FakeSystem> systems = new ArrayList<>();

	@AfterEach
	void stopSystems() {
		this.systems.forEach(FakeSystem::close);
	}

	@Test
	void accessArchivesAreCompleteInTheSubjectsLanguageAndEncryptedAtRest() throws Exception {
		FakeSystem shop = system("shop").with("orders", orders(7)).with("profile", List.of(profile()));
		TestRegistry.publish(this.kafka, this.registry,
				TestRegistry.http("shop", shop.baseUrl().toString(), "orders", "profile"),
				TestRegistry.processor("stripe", "Stripe", "payments"));

		for (Language language : List.of(Language.FR, Language.EN)) {
			String requestId = verify(RequestType.ACCESS, language);
			ExportReady ready = awaitEvent(requestId, ExportReady.class);
			ExportCompleted completed = awaitEvent(requestId, ExportCompleted.class);
			assertThat(completed.collected()).containsExactly("shop");
			assertThat(completed.askedSeparately()).containsExactly("stripe");
			assertThat(completed.records()).isEqualTo(8);
			assertThat(ready.sealedLink()).doesNotContain("/api/v1/exports/");

			String fileId = job(requestId).get("archive", Document.class).getString("fileId");
			try (InputStream stored = this.store.readStored(fileId)) {
				byte[] head = stored.readNBytes(4);
				assertThat(head).isNotEqualTo(new byte[] { 'P', 'K', 3, 4 });
				assertThat(ArchiveContents.of(this.store.readStored(fileId)).files()).isEmpty();
			}

			HttpResponse<byte[]> download = download(ready);
			assertThat(download.statusCode()).isEqualTo(200);
			assertThat(download.headers().firstValue("Content-Type")).hasValue("application/zip");
			ArchiveContents archive = ArchiveContents.of(download.body());
			archive.assertConsistent();
			assertThat(archive.files()).containsOnlyKeys("shop/orders.json", "shop/orders.csv", "shop/profile.json",
					"shop/profile.csv", "summary.html", "manifest.json");
			assertThat(archive.json("shop/orders.json")).hasSize(7);
			assertThat(archive.text("shop/profile.csv")).contains("address.city").contains("Lyon");
			String summary = archive.text("summary.html");
			ArchiveContents.ART15_SECTIONS.forEach((section) -> assertThat(summary).contains("id=\"" + section + "\""));
			if (language == Language.FR) {
				assertThat(summary).contains("Finalités du traitement", "Destinataires", "Durée de conservation",
						"Vos droits", "Réclamation", "Source des données", "Décisions automatisées", "Transferts",
						"Finalité de orders (fr)", "Recipient of orders", "Conservé 3 ans (fr)", "CNIL", "Stripe");
			}
			else {
				assertThat(summary).contains("Purposes of the processing", "Recipients", "Retention period",
						"Your rights", "Complaint", "Source of the data", "Automated decisions", "Transfers",
						"Purpose of orders (en)", "Kept 3 years (en)", "CNIL", "Stripe");
			}
		}
	}

	@Test
	void aPortabilityArchiveHoldsTheMachineReadableFilesOnly() throws Exception {
		FakeSystem shop = system("shop").with("orders", orders(4)).with("profile", List.of(profile()));
		TestRegistry.publish(this.kafka, this.registry,
				TestRegistry.http("shop", shop.baseUrl().toString(), "orders", "profile"));

		String requestId = verify(RequestType.PORTABILITY, Language.EN);
		ArchiveContents archive = ArchiveContents.of(download(awaitEvent(requestId, ExportReady.class)).body());

		archive.assertConsistent();
		assertThat(archive.files()).containsOnlyKeys("shop/orders.json", "shop/orders.csv", "shop/profile.json",
				"shop/profile.csv", "manifest.json");
	}

	@Test
	void theLinkServesTheAllowedNumberOfDownloadsThenIsGone() throws Exception {
		FakeSystem shop = system("shop").with("orders", orders(2)).with("profile", List.of(profile()));
		TestRegistry.publish(this.kafka, this.registry,
				TestRegistry.http("shop", shop.baseUrl().toString(), "orders", "profile"));
		String requestId = verify(RequestType.PORTABILITY, Language.FR);
		ExportReady ready = awaitEvent(requestId, ExportReady.class);
		assertThat(ready.maxDownloads()).isEqualTo(3);

		for (int i = 0; i < 3; i++) {
			assertThat(download(ready).statusCode()).isEqualTo(200);
		}
		HttpResponse<byte[]> fourth = download(ready);

		assertThat(fourth.statusCode()).isEqualTo(410);
		assertThat(new String(fourth.body())).doesNotContain(token(ready));
		Document download = job(requestId).get("download", Document.class);
		assertThat(download.getInteger("downloads")).isEqualTo(3);
		assertThat(download.getList("log", Document.class)).hasSize(3)
			.allSatisfy((entry) -> assertThat(entry.keySet()).containsExactly("at"));
		assertThat(download.getString("tokenHash")).isNotEqualTo(token(ready)).hasSize(64);
		HttpResponse<byte[]> unknown = get("/api/v1/exports/" + "A".repeat(43));
		assertThat(unknown.statusCode()).isEqualTo(404);
	}

	@Test
	void anExpiredLinkIsGoneAndThePurgeDeletesTheArchive() throws Exception {
		FakeSystem shop = system("shop").with("orders", orders(2)).with("profile", List.of(profile()));
		TestRegistry.publish(this.kafka, this.registry,
				TestRegistry.http("shop", shop.baseUrl().toString(), "orders", "profile"));
		String requestId = verify(RequestType.ACCESS, Language.EN);
		ExportReady ready = awaitEvent(requestId, ExportReady.class);
		assertThat(ready.expiresAt()).isEqualTo(this.clock.instant().plus(Duration.ofDays(7)));
		String fileId = job(requestId).get("archive", Document.class).getString("fileId");

		this.clock.advance(Duration.ofDays(7).plusSeconds(1));

		assertThat(download(ready).statusCode()).isEqualTo(410);
		assertThat(this.purge.purge()).isGreaterThanOrEqualTo(1);
		Document job = job(requestId);
		assertThat(job.getString("status")).isEqualTo("EXPIRED");
		assertThat(job.get("subject")).isNull();
		assertThat(this.mongo.getCollection("export-archives.files")
			.countDocuments(new Document("_id", new org.bson.types.ObjectId(fileId)))).isZero();
		assertThat(this.mongo.getCollection("export-archives.chunks")
			.countDocuments(new Document("files_id", new org.bson.types.ObjectId(fileId)))).isZero();
		assertThat(download(ready).statusCode()).isEqualTo(410);
	}

	@Test
	void aSystemThatFailsMidwayNeverYieldsAnArchive() throws Exception {
		assertNoArchive(Behaviour.FAILS_ON_SECOND_PAGE, "HTTP 503");
	}

	@Test
	void aContradictoryPageNeverYieldsAnArchive() throws Exception {
		assertNoArchive(Behaviour.WRONG_CATEGORY, "answers another category");
		assertNoArchive(Behaviour.WRONG_SYSTEM, "answers as another system");
		assertNoArchive(Behaviour.TOO_MANY, "records for a limit of 3");
	}

	@Test
	void aMalformedOversizedOrSlowPageNeverYieldsAnArchive() throws Exception {
		assertNoArchive(Behaviour.MALFORMED, "malformed page");
		assertNoArchive(Behaviour.OVERSIZED, "page larger than");
		assertNoArchive(Behaviour.SLOW, "I/O error");
	}

	private void assertNoArchive(Behaviour behaviour, String reason) throws Exception {
		FakeSystem good = system("good").with("orders", orders(2));
		FakeSystem bad = system("bad").with("orders", orders(5)).behave(behaviour);
		TestRegistry.publish(this.kafka, this.registry, TestRegistry.http("bad", bad.baseUrl().toString(), "orders"),
				TestRegistry.http("good", good.baseUrl().toString(), "orders"));
		String requestId = verify(RequestType.ACCESS, Language.FR);

		ExportFailed failed = awaitEvent(requestId, ExportFailed.class);

		assertThat(failed.systemId()).isEqualTo("bad");
		assertThat(failed.reason()).contains(reason).doesNotContain("@example");
		assertThat(failed.attempts()).isEqualTo(2);
		Document job = job(requestId);
		assertThat(job.getString("status")).isEqualTo("NEEDS_ATTENTION");
		assertThat(job.getString("reason")).contains(reason);
		assertThat(job.get("archive")).isNull();
		assertThat(job.get("download")).isNull();
		assertThat(this.mongo.getCollection("export-archives.files")
			.countDocuments(new Document("filename", "export-" + requestId + ".zip.enc"))).isZero();
		assertThat(events(requestId)).noneMatch((event) -> event instanceof ExportReady)
			.noneMatch((event) -> event instanceof ExportCompleted);
	}

	private FakeSystem system(String id) {
		FakeSystem system = new FakeSystem(id);
		this.systems.add(system);
		return system;
	}

	private String verify(RequestType type, Language language) {
		String requestId = UUID.randomUUID().toString();
		Subject subject = new Subject(EmailAddress.of("hugo.moreau@example.fr"), "acc-1004", language);
		EventEnvelope verified = EventEnvelope.wrap(
				new IdentityVerified(requestId, type, subject, "email-code", Instant.now()), null,
				"identity-verification", Instant.now());
		this.kafka.send(Topics.VERIFICATION_EVENTS, requestId, this.codec.encode(verified));
		return requestId;
	}

	private <T extends OubliEvent> T awaitEvent(String requestId, Class<T> type) {
		List<T> found = new ArrayList<>();
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			found.clear();
			events(requestId).stream().filter(type::isInstance).map(type::cast).forEach(found::add);
			assertThat(found).hasSize(1);
		});
		return found.get(0);
	}

	private List<OubliEvent> events(String requestId) {
		return this.kafka.readAll(Topics.EXPORT_EVENTS, Duration.ofSeconds(2))
			.stream()
			.filter((record) -> requestId.equals(record.key()))
			.map(ConsumerRecord::value)
			.map((value) -> this.codec.decode(value).payload())
			.toList();
	}

	private Document job(String requestId) {
		return this.mongo.findOne(Query.query(Criteria.where("_id").is(requestId)), Document.class,
				JobStore.COLLECTION);
	}

	private static String token(ExportReady ready) {
		String link = SecretSeal.forDevelopment().open(ready.sealedLink());
		assertThat(link).startsWith("http://export.example/api/v1/exports/");
		return link.substring(link.lastIndexOf('/') + 1);
	}

	private HttpResponse<byte[]> download(ExportReady ready) throws IOException, InterruptedException {
		return get("/api/v1/exports/" + token(ready));
	}

	private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private static List<Map<String, Object>> orders(int count) {
		return IntStream.rangeClosed(1, count)
			.mapToObj((i) -> Map.<String, Object>of("id", "order-" + i, "amountCents", 1000 + i, "paid", i % 2 == 0,
					"label", "Commande n°" + i + ", \"spéciale\"\nligne 2", "items", List.of("a" + i, "b" + i)))
			.toList();
	}

	private static Map<String, Object> profile() {
		return Map.of("accountId", "acc-1004", "email", "hugo.moreau@example.fr", "address",
				Map.of("street", "1 rue de la Paix", "city", "Lyon"), "nickname", (Object) "Hugo");
	}

}
