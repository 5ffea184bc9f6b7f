package org.oubli.erasure.job;

import org.oubli.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import com.mongodb.client.MongoClient;
import org.bson.Document;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.connector.ErasureReceipt;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.IdentityVerified;
import org.oubli.contracts.events.OubliEvent;
import org.oubli.erasure.Receipts;
import org.oubli.erasure.RegistryMother;
import org.oubli.erasure.SubjectMother;
import org.oubli.erasure.plan.PlanBuilder;
import org.oubli.erasure.plan.PlanProperties;
import org.oubli.kit.events.EventCodec;
import org.oubli.kit.outbox.Outbox;
import org.oubli.kit.outbox.OutboxProperties;
import org.oubli.kit.outbox.OutboxRelay;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Erasure jobs on the MongoDB wire server (no Kafka, no Spring context) with the seed's
 * three systems (profiles and payments over http, messaging over Kafka), a clock the test
 * moves and an empty collection. The relay is never started, so the events a step wrote
 * stay in the job's outbox for the test to read.
 */
public final class JobsTestBed {

	public static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

	public static final Duration CHASE_AFTER = Duration.ofHours(1);

	public static final Duration ESCALATE_AFTER = Duration.ofDays(3);

	public final MutableClock clock = new MutableClock(T0);

	public final DispatchProperties properties = new DispatchProperties(2, 10, Duration.ofMinutes(2), CHASE_AFTER,
			ESCALATE_AFTER, Duration.ofSeconds(30), 100);

	/**
	 * Durable retries without jitter: 1 min, 2 min, 4 min... up to 1 h; margin 5 days.
	 */
	public final RetryProperties retry = new RetryProperties(Duration.ofMinutes(1), 2.0, Duration.ofHours(1), 0.0,
			Duration.ofDays(5), Duration.ofHours(1), Duration.ofDays(2), ZoneId.of("Europe/Paris"));

	/**
	 * The in-process signals the steps sent ({@code VerificationDue},
	 * {@code DispatchDue}).
	 */
	public final List<Object> signals = new java.util.concurrent.CopyOnWriteArrayList<>();

	public ErasureJobs jobs;

	private final boolean verification;

	private final MongoTemplate mongo;

	private org.oubli.erasure.registry.SystemRegistry registry = RegistryMother.seedLike();

	private final EventCodec codec = new EventCodec();

	private final Outbox outbox = new Outbox(this.codec);

	private final OutboxRelay idleRelay;

	public JobsTestBed(MongoClient client) {
		this(client, false);
	}

	/**
	 * A bed whose jobs verify the http systems after the last receipt
	 * ({@code verification}) or complete at once.
	 */
	public JobsTestBed(MongoClient client, boolean verification) {
		this.verification = verification;
		this.mongo = mongoTemplate(client);
		this.mongo.dropCollection(ErasureJob.COLLECTION);
		this.mongo.dropCollection(DeadlineStore.COLLECTION);
		this.idleRelay = new OutboxRelay(this.mongo, null, new OutboxProperties(List.of(), Duration.ofSeconds(1), 10));
		this.jobs = anotherInstance();
	}

	/**
	 * The steps as a second instance of the service runs them: same database and time.
	 */
	public ErasureJobs anotherInstance() {
		JobStore store = new JobStore(this.mongo);
		store.afterPropertiesSet();
		PlanBuilder plans = new PlanBuilder(this.registry, this.clock, new PlanProperties(ZoneId.of("Europe/Paris")));
		return new ErasureJobs(store, new DeadlineStore(this.mongo), plans, this.registry, this.outbox, this.idleRelay,
				this.clock, this.properties, this.retry, new VerificationProperties(this.verification, 5),
				this.signals::add);
	}

	/** The steps over another registry (a new instance; jobs already stored stay). */
	public ErasureJobs withRegistry(org.oubli.erasure.registry.SystemRegistry registry) {
		this.registry = registry;
		this.jobs = anotherInstance();
		return this.jobs;
	}

	/** Starts Camille's erasure now, as the verified-request listener would. */
	public ErasureJob start(String requestId) {
		Instant now = this.clock.instant();
		IdentityVerified verified = new IdentityVerified(requestId, RequestType.ERASURE, SubjectMother.camille(),
				"email-code", now);
		return this.jobs.start(EventEnvelope.wrap(verified, null, "identity-verification", now), verified)
			.orElseThrow();
	}

	/** Records the receipt a well-behaved system gives, as if it came over http. */
	public void answer(String requestId, String systemId) {
		ErasureJob job = this.jobs.find(requestId).orElseThrow();
		ErasureReceipt receipt = Receipts.honouring(job.instructionFor(systemId), this.clock.instant());
		this.jobs.recordReceipt(requestId, receipt, 1, null);
	}

	public ErasureJob job(String requestId) {
		return this.jobs.find(requestId).orElseThrow();
	}

	public SystemTask task(String requestId, String systemId) {
		return job(requestId).task(systemId).orElseThrow();
	}

	/** Removes a field from every task, as in a job stored before the field existed. */
	public void forgetTaskField(String requestId, String field) {
		Update update = new Update();
		for (int i = 0; i < job(requestId).tasks().size(); i++) {
			update.unset("tasks." + i + "." + field);
		}
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(requestId)), update, ErasureJob.COLLECTION);
	}

	public List<EventEnvelope> outboxOf(String requestId) {
		Document raw = this.mongo.findById(requestId, Document.class, ErasureJob.COLLECTION);
		return raw.getList(Outbox.FIELD, Document.class, List.of())
			.stream()
			.map((entry) -> this.codec.decode(entry.getString("body")))
			.toList();
	}

	/** The events of one type in a job's outbox, in the order they were written. */
	public <T extends OubliEvent> List<T> eventsOf(String requestId, Class<T> type) {
		return outboxOf(requestId).stream()
			.map(EventEnvelope::payload)
			.filter(type::isInstance)
			.map(type::cast)
			.toList();
	}

	/** A template that maps jobs as the service does. */
	private static MongoTemplate mongoTemplate(MongoClient client) {
		MongoCustomConversions conversions = new MongoConfiguration().mongoCustomConversions();
		MongoMappingContext context = new MongoMappingContext();
		context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
		context.afterPropertiesSet();
		MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
		converter.setCustomConversions(conversions);
		converter.afterPropertiesSet();
		return new MongoTemplate(new SimpleMongoClientDatabaseFactory(client, "erasure-jobs-test"), converter);
	}

}
