package org.oubli.kit.outbox;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.kit.kafka.CloudEventHeaders;

import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes pending outbox entries to Kafka, then removes them from their document. At
 * least once: a crash between publish and removal republishes, and consumers are
 * idempotent by event id. Entries of one document are published in order; a failed send
 * leaves the entry for the next pass.
 */
public class OutboxRelay implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private final MongoTemplate mongo;

	private final KafkaTemplate<String, String> kafka;

	private final OutboxProperties properties;

	private final AtomicBoolean running = new AtomicBoolean();

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition wake = this.lock.newCondition();

	private boolean woken;

	private Thread worker;

	public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties) {
		this.mongo = mongo;
		this.kafka = kafka;
		this.properties = properties;
	}

	/** Asks the relay to look for pending events now rather than at the next poll. */
	public void wakeUp() {
		this.lock.lock();
		try {
			this.woken = true;
			this.wake.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	@Override
	public void start() {
		if (this.properties.collections().isEmpty() || !this.running.compareAndSet(false, true)) {
			return;
		}
		for (String collection : this.properties.collections()) {
			this.mongo.indexOps(collection)
				.createIndex(new org.springframework.data.mongodb.core.index.Index()
					.on(Outbox.FIELD + ".eventId", org.springframework.data.domain.Sort.Direction.ASC)
					.sparse()
					.named("outbox_pending"));
		}
		this.worker = new Thread(this::loop, "outbox-relay");
		this.worker.setDaemon(true);
		this.worker.start();
	}

	@Override
	public void stop() {
		if (this.running.compareAndSet(true, false)) {
			wakeUp();
			try {
				this.worker.join(TimeUnit.SECONDS.toMillis(5));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running.get();
	}

	@Override
	public int getPhase() {
		// start after the Kafka listeners and stop before the producer factory
		return Integer.MAX_VALUE - 100;
	}

	private void loop() {
		while (this.running.get()) {
			int published = 0;
			try {
				published = publishPending();
			}
			catch (RuntimeException ex) {
				log.warn("Outbox relay pass failed, will retry: {}", ex.getClass().getSimpleName());
			}
			if (published == 0) {
				awaitWakeUp();
			}
		}
	}

	private void awaitWakeUp() {
		this.lock.lock();
		try {
			if (!this.woken) {
				this.wake.await(this.properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
			}
			this.woken = false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running.set(false);
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * One pass over every outbox collection. A document whose events cannot be published
	 * is left for the next pass without holding up the others.
	 * @return how many events were published
	 */
	public int publishPending() {
		int published = 0;
		for (String collection : this.properties.collections()) {
			Query query = new Query(Criteria.where(Outbox.FIELD + ".eventId").exists(true))
				.limit(this.properties.batchSize());
			query.fields().include(Outbox.FIELD);
			for (Document document : this.mongo.find(query, Document.class, collection)) {
				published += publish(collection, document);
			}
		}
		return published;
	}

	/**
	 * Publishes a document's events in order and removes those the broker acknowledged,
	 * up to the first failure; the rest stay for the next pass (a repeat is harmless:
	 * consumers are idempotent).
	 */
	private int publish(String collection, Document document) {
		List<Document> entries = document.getList(Outbox.FIELD, Document.class, List.of());
		List<CompletableFuture<?>> sends = new ArrayList<>();
		for (Document entry : entries) {
			try {
				sends.add(this.kafka.send(record(entry)));
			}
			catch (RuntimeException ex) {
				sends.add(CompletableFuture.failedFuture(ex));
			}
		}
		List<String> acknowledged = new ArrayList<>();
		for (int i = 0; i < sends.size(); i++) {
			try {
				sends.get(i).join();
				acknowledged.add(entries.get(i).getString("eventId"));
			}
			catch (RuntimeException ex) {
				log.warn("Outbox event {} of {} in {} not published, will retry: {}",
						entries.get(i).getString("eventId"), document.get("_id"), collection, rootCauseName(ex));
				break;
			}
		}
		if (!acknowledged.isEmpty()) {
			this.mongo.updateFirst(Query.query(Criteria.where("_id").is(document.get("_id"))),
					new Update().pull(Outbox.FIELD, Query.query(Criteria.where("eventId").in(acknowledged))),
					collection);
		}
		return acknowledged.size();
	}

	private static String rootCauseName(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.getClass().getSimpleName();
	}

	private static ProducerRecord<String, String> record(Document entry) {
		ProducerRecord<String, String> record = new ProducerRecord<>(entry.getString("topic"), entry.getString("key"),
				entry.getString("body"));
		header(record, CloudEventHeaders.SPEC_VERSION, "1.0");
		header(record, CloudEventHeaders.ID, entry.getString("eventId"));
		header(record, CloudEventHeaders.TYPE, entry.getString("type"));
		header(record, CloudEventHeaders.SOURCE, entry.getString("source"));
		header(record, CloudEventHeaders.SUBJECT, entry.getString("key"));
		if (entry.getDate("occurredAt") != null) {
			header(record, CloudEventHeaders.TIME,
					DateTimeFormatter.ISO_INSTANT.format(entry.getDate("occurredAt").toInstant()));
		}
		header(record, CloudEventHeaders.CONTENT_TYPE, "application/json");
		return record;
	}

	private static void header(ProducerRecord<String, String> record, String name, String value) {
		if (value != null) {
			record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
		}
	}

}
