package org.oubli.intake.limits;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;

import org.oubli.contracts.subject.EmailAddress;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Limits new requests per email address and per client (the caller's IP address), with
 * one Bucket4j token bucket each, refilled gradually over the period. Both are known only
 * by a keyed hash ({@link KeyedHash}) and held in memory (Caffeine, forgotten once idle
 * for a whole period, when their bucket would be full again anyway). An attempt counts
 * against the client first; it counts against the address only when the client may go on.
 * Limits are per instance.
 */
@Service
@EnableConfigurationProperties(LimitsProperties.class)
public class AbuseLimits {

	/** Counter of refused requests, tagged by limit and channel. */
	static final String LIMITED_METRIC = "oubli.requests.limited";

	private final LimitsProperties properties;

	private final KeyedHash hash = new KeyedHash();

	private final TimeMeter time;

	private final MeterRegistry meters;

	private final Cache<String, Bucket> addresses;

	private final Cache<String, Bucket> clients;

	AbuseLimits(LimitsProperties properties, Clock clock, MeterRegistry meters) {
		this.properties = properties;
		this.meters = meters;
		this.time = new ClockTime(clock);
		this.addresses = cache(properties.getPerAddress().getPeriod(), properties.getMaxTracked());
		this.clients = cache(properties.getPerClient().getPeriod(), properties.getMaxTracked());
	}

	/** The client of an HTTP request: a keyed hash of its remote address. */
	public ClientKey clientOf(HttpServletRequest request) {
		return new ClientKey(this.hash.of("client", String.valueOf(request.getRemoteAddr())));
	}

	/**
	 * Takes one request from the client's and the address's allowance.
	 * @param address the subject's address
	 * @param client the caller
	 * @param channel the channel, for the metric ({@code api}, {@code form})
	 * @return whether the request may go ahead, and if not, for how long
	 */
	public LimitDecision tryAcquire(EmailAddress address, ClientKey client, String channel) {
		if (!this.properties.isEnabled()) {
			return LimitDecision.ALLOWED;
		}
		ConsumptionProbe byClient = this.clients.get(client.value(), (key) -> bucket(this.properties.getPerClient()))
			.tryConsumeAndReturnRemaining(1);
		if (!byClient.isConsumed()) {
			return refused(LimitDecision.Kind.CLIENT, byClient, channel);
		}
		ConsumptionProbe byAddress = this.addresses
			.get(this.hash.of("address", address.value()), (key) -> bucket(this.properties.getPerAddress()))
			.tryConsumeAndReturnRemaining(1);
		if (!byAddress.isConsumed()) {
			return refused(LimitDecision.Kind.ADDRESS, byAddress, channel);
		}
		return LimitDecision.ALLOWED;
	}

	/**
	 * As {@link #tryAcquire}, but throws when refused.
	 * @throws RequestsLimitedException when a limit refuses the request (a 429 problem)
	 */
	public void acquire(EmailAddress address, ClientKey client, String channel) {
		LimitDecision decision = tryAcquire(address, client, channel);
		if (!decision.allowed()) {
			throw new RequestsLimitedException(decision);
		}
	}

	private LimitDecision refused(LimitDecision.Kind limit, ConsumptionProbe probe, String channel) {
		Counter.builder(LIMITED_METRIC)
			.description("New requests refused by an abuse limit")
			.tag("limit", limit.name().toLowerCase(java.util.Locale.ROOT))
			.tag("channel", channel)
			.register(this.meters)
			.increment();
		return LimitDecision.refused(limit, Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	private Bucket bucket(LimitsProperties.Limit limit) {
		return Bucket.builder()
			.addLimit(Bandwidth.builder()
				.capacity(limit.getCapacity())
				.refillGreedy(limit.getCapacity(), limit.getPeriod())
				.build())
			.withCustomTimePrecision(this.time)
			.build();
	}

	private static Cache<String, Bucket> cache(Duration idle, long maxTracked) {
		return Caffeine.newBuilder()
			.expireAfterAccess(idle.toNanos(), TimeUnit.NANOSECONDS)
			.maximumSize(maxTracked)
			.build();
	}

	/** Bucket time from the application clock, so that tests can move it. */
	private record ClockTime(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			return TimeUnit.MILLISECONDS.toNanos(this.clock.millis());
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
