package org.oubli.kit.registry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.contracts.Topics;
import org.oubli.contracts.registry.SystemDescriptor;
import org.oubli.kit.events.OubliJson;

import org.springframework.context.SmartLifecycle;

/**
 * The registry of data-holding systems as read from the compacted topic
 * {@value Topics#REGISTRY_SYSTEMS}: key = system id, value = {@link SystemDescriptor}
 * JSON, no value = removed. It reads the topic from the beginning into memory, with no
 * consumer group (every instance reads everything, nothing is committed), and keeps
 * following it.
 *
 * <ul>
 * <li>{@link #isReady()} once it has read up to the end offsets it found when it started
 * (an empty topic is ready at once; a topic that does not exist yet is not);</li>
 * <li>a descriptor older ({@code version}) than the one held is ignored, so a republished
 * old value cannot undo a newer one;</li>
 * <li>a value that is not a descriptor is skipped, logged with its offset and counted
 * ({@link #skipped()}): the topic carries no personal data, and there is no consumer
 * group whose dead-letter topic it could go to.</li>
 * </ul>
 *
 * Not auto-configured: a service that needs it declares it as a bean, which starts and
 * stops with the context:
 *
 * <pre>
 * &#64;Bean
 * RegistryView registryView(KafkaProperties kafka) {
 * 	return RegistryView.fromConsumerProperties(kafka.buildConsumerProperties(), "export-worker");
 * }
 * </pre>
 */
public class RegistryView implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(RegistryView.class);

	private static final Duration POLL = Duration.ofMillis(500);

	private final Supplier<Consumer<String, String>> consumers;

	private final String topic;

	private final Map<String, SystemDescriptor> systems = new ConcurrentHashMap<>();

	private final List<RegistryListener> listeners = new CopyOnWriteArrayList<>();

	private final AtomicBoolean running = new AtomicBoolean();

	private final AtomicLong skipped = new AtomicLong();

	private final CountDownLatch ready = new CountDownLatch(1);

	private volatile Consumer<String, String> consumer;

	private Thread reader;

	/**
	 * A view reading {@code topic} with consumers from {@code consumers}.
	 * @param consumers makes the consumer (String keys and values); called once per start
	 * @param topic the topic, normally {@link Topics#REGISTRY_SYSTEMS}
	 */
	public RegistryView(Supplier<Consumer<String, String>> consumers, String topic) {
		this.consumers = consumers;
		this.topic = topic;
	}

	/**
	 * A view of {@link Topics#REGISTRY_SYSTEMS} with a consumer made from these
	 * properties (for example Spring Boot's
	 * {@code KafkaProperties.buildConsumerProperties()}): the group id is dropped, keys
	 * and values are strings, nothing is committed, and the topic is never created by
	 * reading it (so it keeps its compacted configuration).
	 * @param properties the consumer properties (bootstrap servers, security)
	 * @param clientName names the consumer in broker logs and metrics
	 */
	public static RegistryView fromConsumerProperties(Map<String, Object> properties, String clientName) {
		return fromConsumerProperties(properties, clientName, Topics.REGISTRY_SYSTEMS);
	}

	/**
	 * As {@link #fromConsumerProperties(Map, String)}, on another topic (tests).
	 * @param properties the consumer properties (bootstrap servers, security)
	 * @param clientName names the consumer in broker logs and metrics
	 * @param topic the topic to read
	 */
	public static RegistryView fromConsumerProperties(Map<String, Object> properties, String clientName, String topic) {
		Map<String, Object> config = new HashMap<>(properties);
		config.remove(ConsumerConfig.GROUP_ID_CONFIG);
		config.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
		config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
		config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientName + "-registry-view");
		return new RegistryView(() -> new KafkaConsumer<>(config), topic);
	}

	/** Whether the view has read the topic up to where it ended when the view started. */
	public boolean isReady() {
		return this.ready.getCount() == 0;
	}

	/**
	 * Waits until the view is ready.
	 * @return whether it is ready
	 */
	public boolean awaitReady(Duration timeout) throws InterruptedException {
		return this.ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** The system with this id, as last read. */
	public Optional<SystemDescriptor> find(String systemId) {
		return Optional.ofNullable(this.systems.get(systemId));
	}

	/** Every system read so far (disabled ones too), by id. */
	public List<SystemDescriptor> systems() {
		List<SystemDescriptor> all = new ArrayList<>(this.systems.values());
		all.sort(Comparator.comparing(SystemDescriptor::id));
		return all;
	}

	/** The enabled systems, by id. */
	public List<SystemDescriptor> enabledSystems() {
		return systems().stream().filter(SystemDescriptor::enabled).toList();
	}

	/** How many values could not be read as a descriptor. */
	public long skipped() {
		return this.skipped.get();
	}

	/**
	 * Tells {@code listener} of every later change. Call it before the view starts to
	 * hear of every system from the beginning of the topic.
	 */
	public void addListener(RegistryListener listener) {
		this.listeners.add(listener);
	}

	@Override
	public void start() {
		if (!this.running.compareAndSet(false, true)) {
			return;
		}
		this.reader = new Thread(this::read, "registry-view");
		this.reader.setDaemon(true);
		this.reader.start();
	}

	@Override
	public void stop() {
		if (this.running.compareAndSet(true, false)) {
			Consumer<String, String> current = this.consumer;
			if (current != null) {
				current.wakeup();
			}
			try {
				this.reader.join(TimeUnit.SECONDS.toMillis(5));
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

	private void read() {
		try (Consumer<String, String> created = this.consumers.get()) {
			this.consumer = created;
			List<TopicPartition> partitions = awaitPartitions(created);
			if (partitions.isEmpty()) {
				return;
			}
			created.assign(partitions);
			created.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = created.endOffsets(partitions);
			while (this.running.get()) {
				for (ConsumerRecord<String, String> record : created.poll(POLL)) {
					apply(record);
				}
				if (!isReady() && caughtUp(created, end)) {
					log.info("Registry view ready: {} system(s) from {}", this.systems.size(), this.topic);
					this.ready.countDown();
				}
			}
		}
		catch (WakeupException ex) {
			// stopping
		}
		catch (RuntimeException ex) {
			log.error("Registry view of {} stopped: {}", this.topic, ex.getClass().getName());
		}
		finally {
			this.consumer = null;
		}
	}

	private List<TopicPartition> awaitPartitions(Consumer<String, String> created) {
		boolean told = false;
		while (this.running.get()) {
			List<PartitionInfo> infos = created.partitionsFor(this.topic, Duration.ofSeconds(5));
			if (infos != null && !infos.isEmpty()) {
				return infos.stream().map((info) -> new TopicPartition(info.topic(), info.partition())).toList();
			}
			if (!told) {
				log.info("Registry view waits for topic {} to exist", this.topic);
				told = true;
			}
			pause();
		}
		return List.of();
	}

	private void pause() {
		try {
			Thread.sleep(POLL.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running.set(false);
		}
	}

	private static boolean caughtUp(Consumer<String, String> consumer, Map<TopicPartition, Long> end) {
		return end.entrySet().stream().allMatch((entry) -> consumer.position(entry.getKey()) >= entry.getValue());
	}

	void apply(ConsumerRecord<String, String> record) {
		String id = record.key();
		if (id == null) {
			skip(record, "no key");
			return;
		}
		SystemDescriptor current = null;
		if (record.value() != null) {
			try {
				current = OubliJson.mapper().readValue(record.value(), SystemDescriptor.class);
			}
			catch (RuntimeException ex) {
				skip(record, ex.getClass().getSimpleName());
				return;
			}
			if (!id.equals(current.id())) {
				skip(record, "key and id differ");
				return;
			}
		}
		SystemDescriptor previous = this.systems.get(id);
		if ((current == null && previous == null)
				|| (current != null && previous != null && current.version() < previous.version())) {
			return;
		}
		if (current == null) {
			this.systems.remove(id);
		}
		else {
			this.systems.put(id, current);
		}
		for (RegistryListener listener : this.listeners) {
			try {
				listener.changed(id, previous, current);
			}
			catch (RuntimeException ex) {
				log.warn("A registry listener failed on {}: {}", id, ex.getClass().getName());
			}
		}
	}

	private void skip(ConsumerRecord<String, String> record, String why) {
		this.skipped.incrementAndGet();
		log.warn("Registry view skipped the record at {}-{}@{}: {}", record.topic(), record.partition(),
				record.offset(), why);
	}

}
