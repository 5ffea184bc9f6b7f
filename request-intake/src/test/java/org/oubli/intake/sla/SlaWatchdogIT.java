package org.oubli.intake.sla;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.oubli.contracts.Topics;
import org.oubli.contracts.events.CaseSlaChanged;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.SlaState;
import org.oubli.intake.cases.CaseDocument;
import org.oubli.intake.deadline.DeadlinePolicies;
import org.oubli.intake.deadline.DeadlinePolicy;
import org.oubli.intake.fixtures.IntakeHttp;
import org.oubli.intake.fixtures.IntakeHttp.Answer;
import org.oubli.intake.fixtures.SubjectMother;
import org.oubli.kit.audit.AuditEntry;
import org.oubli.kit.audit.AuditTrail;
import org.oubli.kit.events.EventCodec;
import org.oubli.kit.outbox.Outbox;
import org.oubli.kit.outbox.OutboxRelay;
import org.oubli.testsupport.KafkaProbe;
import org.oubli.testsupport.MutableClock;
import org.oubli.testsupport.OubliInfrastructure;
import org.oubli.testsupport.OubliIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The SLA watchdog against the real broker and the MongoDB wire server, with a clock the
 * test moves: cases age from on track to at risk to overdue, the gauges follow in the
 * Prometheus scrape, each transition into at risk or overdue is published once, and two
 * watchdogs on the same database never run at the same time. Its own database and no
 * listeners, so the counts are this test's cases only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=oubli-kit,request-intake", "spring.mongodb.database=oubli-intake-sla-it",
				"spring.kafka.listener.auto-startup=false", "oubli.intake.sla.initial-delay=1h",
				"oubli.intake.sla.interval=1h" })
@OubliIntegrationTest
@Import(SlaWatchdogIT.TestClock.class)
class SlaWatchdogIT {

	static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@TestConfiguration(proxyBeanMethods = false)
	static class TestClock {

		@Bean
		MutableClock clock() {
			return new MutableClock(T0);
		}

	}

	private final EventCodec codec = new EventCodec();

	private final KafkaProbe kafka = new KafkaProbe(OubliInfrastructure.get().kafkaBootstrapServers());

	@LocalServerPort
	private int port;

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private MutableClock clock;

	@Autowired
	private SlaWatchdog watchdog;

	@Autowired
	private AuditTrail audit;

	@Autowired
	private DeadlinePolicy deadline;

	@Autowired
	private DeadlinePolicies policies;

	@Autowired
	private Outbox outbox;

	@Autowired
	private OutboxRelay relay;

	@Autowired
	private SlaMetrics metrics;

	@Autowired
	private SlaProperties properties;

	@BeforeEach
	void emptyDatabase() {
		this.mongo.remove(new Query(), CaseDocument.COLLECTION);
		this.mongo.remove(new Query(), "shedLock");
	}

	@Test
	void aCaseWhoseClockIsPausedWhileIdentityIsAwaitedIsPausedNeverAtRisk() {
		String requestId = openPausedRequest();
		LocalDate dueOn = LocalDate.parse(storedCase(requestId).getString("dueOn"));

		moveTo(dueOn.plusDays(3));
		this.watchdog.tick();

		assertThat(scrapedOpenCases()).containsEntry("paused", 1.0).containsEntry("overdue", 0.0);
		assertThat(storedCase(requestId).getString(SlaCases.FIELD)).isEqualTo("PAUSED");
		assertThat(slaChanges(requestId)).isEmpty();
	}

	@Test
	void casesMoveFromOnTrackToAtRiskToOverdueInTheGaugesAndAlertOncePerTransition() {
		String requestId = openRequest();
		String other = openRequest();
		LocalDate dueOn = LocalDate.parse(storedCase(requestId).getString("dueOn"));

		this.watchdog.tick();
		assertThat(scrapedOpenCases()).containsEntry("on_track", 2.0)
			.containsEntry("at_risk", 0.0)
			.containsEntry("overdue", 0.0)
			.containsEntry("paused", 0.0);
		assertThat(storedCase(requestId).getString(SlaCases.FIELD)).isEqualTo("ON_TRACK");

		// eight days before the due date, in Paris: still on track
		moveTo(dueOn.minusDays(8));
		this.watchdog.tick();
		assertThat(scrapedOpenCases()).containsEntry("on_track", 2.0).containsEntry("at_risk", 0.0);

		// seven days left: at risk, once however often the watchdog runs
		moveTo(dueOn.minusDays(7));
		assertThat(this.watchdog.runOnce()).contains(2);
		assertThat(this.watchdog.runOnce()).contains(0);
		this.watchdog.refreshGauges();
		assertThat(scrapedOpenCases()).containsEntry("on_track", 0.0).containsEntry("at_risk", 2.0);

		// one case completes: it leaves the gauges
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(other)), Update.update("status", "COMPLETED"),
				CaseDocument.COLLECTION);

		// the due date itself is still on time; the day after, overdue
		moveTo(dueOn);
		this.watchdog.tick();
		assertThat(scrapedOpenCases()).containsEntry("at_risk", 1.0).containsEntry("overdue", 0.0);
		moveTo(dueOn.plusDays(1));
		this.watchdog.tick();
		this.watchdog.tick();
		assertThat(scrapedOpenCases()).containsEntry("on_track", 0.0)
			.containsEntry("at_risk", 0.0)
			.containsEntry("overdue", 1.0)
			.containsEntry("paused", 0.0);

		// the case kept everything else; its outbox was published
		Document stored = storedCase(requestId);
		assertThat(stored.getString(SlaCases.FIELD)).isEqualTo("OVERDUE");
		assertThat(stored.getString("status")).isEqualTo("AWAITING_VERIFICATION");
		assertThat(stored.getList("timeline", Document.class)).hasSize(1);
		assertThat(stored.get("subject")).isNotNull();
		await().atMost(PATIENCE).until(() -> storedCase(requestId).getList("outbox", Document.class).isEmpty());

		// one event per transition into at risk or overdue, without subject data
		List<CaseSlaChanged> changes = slaChanges(requestId);
		assertThat(changes).extracting(CaseSlaChanged::from, CaseSlaChanged::to)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(SlaState.ON_TRACK, SlaState.AT_RISK),
					org.assertj.core.groups.Tuple.tuple(SlaState.AT_RISK, SlaState.OVERDUE));
		assertThat(changes).allSatisfy((change) -> assertThat(change.dueOn()).isEqualTo(dueOn));
		assertThat(slaChanges(other)).singleElement()
			.satisfies((change) -> assertThat(change.to()).isEqualTo(SlaState.AT_RISK));

		// one audit entry per transition (the first classification as on track is not
		// one)
		List<AuditEntry> entries = this.audit.ofRequest(requestId);
		assertThat(entries).extracting((entry) -> entry.details().get("to")).containsExactly("at_risk", "overdue");
		assertThat(entries).allSatisfy((entry) -> {
			assertThat(entry.actor()).isEqualTo("system:request-intake");
			assertThat(entry.action()).isEqualTo(SlaWatchdog.AUDIT_ACTION);
		});
	}

	@Test
	void aCaseChangedWhileBeingClassifiedIsNotOverwritten() {
		String requestId = openRequest();
		SlaCases cases = new SlaCases(this.mongo, this.outbox);
		OpenCase read = cases.openCases().get(0);
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(requestId)), Update.update("status", "VERIFIED"),
				CaseDocument.COLLECTION);

		assertThat(cases.changeState(read, SlaState.AT_RISK, List.of())).isFalse();
		assertThat(storedCase(requestId).getString(SlaCases.FIELD)).isNull();
		assertThat(storedCase(requestId).getString("status")).isEqualTo("VERIFIED");
	}

	@Test
	void twoWatchdogsOnTheSameDatabaseNeverRunAtTheSameTime() throws Exception {
		String requestId = openRequest();
		moveTo(LocalDate.parse(storedCase(requestId).getString("dueOn")).minusDays(1));
		CountDownLatch inside = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		SlaCases blockingCases = new SlaCases(this.mongo, this.outbox) {
			@Override
			public List<OpenCase> openCases() {
				inside.countDown();
				try {
					release.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return super.openCases();
			}
		};
		SlaWatchdog first = instance(blockingCases);
		SlaWatchdog second = instance(new SlaCases(this.mongo, this.outbox));

		CompletableFuture<Optional<Integer>> firstRun = CompletableFuture.supplyAsync(first::runOnce);
		assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();
		Document lock = this.mongo.findById(SlaWatchdog.LOCK, Document.class, "shedLock");
		assertThat(lock).isNotNull();
		assertThat(lock.getDate("lockUntil")).isAfter(new java.util.Date());

		assertThat(second.runOnce()).isEmpty();
		assertThat(second.runs()).isZero();
		assertThat(storedCase(requestId).getString(SlaCases.FIELD)).isNull();

		release.countDown();
		assertThat(firstRun.get(30, TimeUnit.SECONDS)).contains(1);
		assertThat(first.runs()).isEqualTo(1);
		assertThat(storedCase(requestId).getString(SlaCases.FIELD)).isEqualTo("AT_RISK");

		// the lock is free again: the other instance runs, and finds nothing to change
		assertThat(second.runOnce()).contains(0);
		assertThat(second.runs()).isEqualTo(1);
		assertThat(slaChanges(requestId)).hasSize(1);
	}

	/** Another instance of the service: its own lock provider on the same database. */
	private SlaWatchdog instance(SlaCases cases) {
		return new SlaWatchdog(cases, this.policies,
				new DefaultLockingTaskExecutor(new MongoLockProvider(this.mongo.getDb())), this.properties, this.audit,
				this.relay, this.metrics, this.clock);
	}

	/** Sets the clock to noon, Paris time, on a date. */
	private void moveTo(LocalDate date) {
		Instant target = date.atTime(12, 0).atZone(PARIS).toInstant();
		this.clock.advance(Duration.between(this.clock.instant(), target));
		assertThat(this.deadline.dateOf(this.clock.instant())).isEqualTo(date);
	}

	private Map<String, Double> scrapedOpenCases() {
		String body = scrape();
		Map<String, Double> open = new java.util.TreeMap<>();
		for (String line : body.split("\n")) {
			if (line.startsWith("oubli_cases_open{")) {
				String state = line.replaceAll(".*sla_state=\"([a-z_]+)\".*", "$1");
				open.put(state, Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)));
			}
		}
		return open;
	}

	private String scrape() {
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/prometheus"))
					.header("Accept", "text/plain")
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			return response.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The published {@code CaseSlaChanged} of a request, once its outbox is empty. */
	private List<CaseSlaChanged> slaChanges(String requestId) {
		await().atMost(PATIENCE).until(() -> storedCase(requestId).getList("outbox", Document.class).isEmpty());
		return this.kafka.readAll(Topics.REQUEST_EVENTS, Duration.ofSeconds(2))
			.stream()
			.filter((record) -> requestId.equals(record.key()))
			.map((record) -> this.codec.decode(record.value()))
			.map(EventEnvelope::payload)
			.filter(CaseSlaChanged.class::isInstance)
			.map(CaseSlaChanged.class::cast)
			.toList();
	}

	/**
	 * A new case whose statutory clock runs (as once the subject is verified): under the
	 * GDPR the clock of a new request is paused until then.
	 */
	private String openRequest() {
		String requestId = openPausedRequest();
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(requestId)),
				new Update().set("clock.state", "RUNNING"), CaseDocument.COLLECTION);
		return requestId;
	}

	private String openPausedRequest() {
		Answer accepted = new IntakeHttp(this.port)
			.postRequest(IntakeHttp.body("erasure", SubjectMother.freshEmail(), "fr", null));
		assertThat(accepted.status()).isEqualTo(202);
		return accepted.json().path("requestId").asString();
	}

	private Document storedCase(String requestId) {
		return this.mongo.findById(requestId, Document.class, CaseDocument.COLLECTION);
	}

}
