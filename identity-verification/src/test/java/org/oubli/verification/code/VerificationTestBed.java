package org.oubli.verification.code;

import org.oubli.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.mongodb.client.MongoClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.RequestReceived;
import org.oubli.contracts.events.VerificationCodeIssued;
import org.oubli.kit.events.EventCodec;
import org.oubli.kit.outbox.Outbox;
import org.oubli.kit.outbox.OutboxProperties;
import org.oubli.kit.outbox.OutboxRelay;
import org.oubli.kit.secrets.SecretSeal;
import org.oubli.verification.RequestMother;
import org.oubli.verification.SubjectMother;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The code services on the MongoDB wire server (no Kafka, no Spring context), with a
 * clock the test moves, an empty collection and codes that count their comparisons. The
 * relay is never started, so the events a step wrote stay in the document's outbox for
 * the test to read.
 */
final class VerificationTestBed {

	static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

	static final Duration CODE_TTL = Duration.ofMinutes(30);

	final MutableClock clock = new MutableClock(T0);

	static final Duration PERIOD = Duration.ofDays(14);

	final VerificationProperties properties = new VerificationProperties(CODE_TTL, 5, 4, Duration.ofMinutes(1));

	final VerificationPolicy policy;

	final FakeIdentityChecker checker = new FakeIdentityChecker();

	final CountingCodes codes = new CountingCodes(this.properties);

	final MongoTemplate mongo;

	final VerificationStore store;

	final StaleVerifications stale;

	final VerificationService service;

	private final EventCodec codec = new EventCodec();

	private final Outbox outbox = new Outbox(this.codec);

	private final OutboxRelay idleRelay;

	VerificationTestBed(MongoClient client) {
		this(client, VerificationPolicy.defaultPolicy());
	}

	VerificationTestBed(MongoClient client, VerificationPolicy policy) {
		this.policy = policy;
		this.mongo = new MongoTemplate(client, "verification-test");
		this.mongo.dropCollection(Verification.COLLECTION);
		this.idleRelay = new OutboxRelay(this.mongo, null, new OutboxProperties(List.of(), Duration.ofSeconds(1), 10));
		this.store = new VerificationStore(this.mongo, this.outbox);
		this.stale = anotherSweeper();
		this.service = new VerificationService(this.store, this.codes, this.properties, this.policy, this.checker,
				this.outbox, this.idleRelay, this.clock, new SimpleMeterRegistry(), this.stale,
				SecretSeal.forDevelopment());
	}

	/** What a second instance of the service would sweep with: same database and time. */
	StaleVerifications anotherSweeper() {
		return new StaleVerifications(new VerificationStore(this.mongo, this.outbox), this.idleRelay, this.clock);
	}

	/** Opens a verification for Camille's erasure (email code), issued now. */
	String open(String requestId) {
		return open(RequestMother.erasureReceived(requestId, SubjectMother.camille(), this.clock.instant()));
	}

	/** Opens a verification for a request event; the code issued, if any. */
	String open(EventEnvelope received) {
		this.service.open(received, (RequestReceived) received.payload());
		return lastCode(received.requestId());
	}

	/** The last code issued for a request, opened, or {@code null}. */
	String lastCode(String requestId) {
		List<EventEnvelope> issued = eventsOf(requestId, "VerificationCodeIssued");
		return issued.isEmpty() ? null : SecretSeal.forDevelopment()
			.open(((VerificationCodeIssued) issued.get(issued.size() - 1).payload()).sealedCode());
	}

	Document raw(String requestId) {
		return this.mongo.findById(requestId, Document.class, Verification.COLLECTION);
	}

	String statusOf(String requestId) {
		return raw(requestId).getString("status");
	}

	List<EventEnvelope> outboxOf(String requestId) {
		return raw(requestId).getList(Outbox.FIELD, Document.class)
			.stream()
			.map((entry) -> this.codec.decode(entry.getString("body")))
			.toList();
	}

	List<EventEnvelope> eventsOf(String requestId, String type) {
		return outboxOf(requestId).stream().filter((event) -> event.type().equals(type)).toList();
	}

	static String wrong(String code) {
		return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
	}

}
