package org.oubli.verification.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;

/**
 * One Resilience4j {@link RateLimiter} per client. A client is known only by an
 * HMAC-SHA256 of its address under a random key drawn at start and never stored: the raw
 * address is neither kept nor logged, and the keys die with the process. At most
 * {@code maxClients} are remembered; the least recently seen is forgotten first.
 */
class ClientLimiter {

	private final RateLimiterConfig config;

	private final ThreadLocal<Mac> macs;

	private final Map<String, RateLimiter> limiters;

	ClientLimiter(ClientLimitProperties properties) {
		this.config = RateLimiterConfig.custom()
			.limitForPeriod(properties.limitForPeriod())
			.limitRefreshPeriod(properties.period())
			.timeoutDuration(java.time.Duration.ZERO)
			.build();
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		SecretKeySpec secret = new SecretKeySpec(key, "HmacSHA256");
		this.macs = ThreadLocal.withInitial(() -> {
			try {
				Mac mac = Mac.getInstance("HmacSHA256");
				mac.init(secret);
				return mac;
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException("HmacSHA256 is not available", ex);
			}
		});
		int max = properties.maxClients();
		this.limiters = new LinkedHashMap<>(1024, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, RateLimiter> eldest) {
				return size() > max;
			}

		};
	}

	/**
	 * Takes one permit for a client.
	 * @param address the caller's address
	 * @return whether it may go on
	 */
	boolean tryAcquire(String address) {
		String client = clientKey(address);
		RateLimiter limiter;
		synchronized (this.limiters) {
			limiter = this.limiters.computeIfAbsent(client, (name) -> RateLimiter.of("client", this.config));
		}
		return limiter.acquirePermission();
	}

	/** Seconds until a refused client may try again, at most. */
	long retryAfterSeconds() {
		return Math.max(1, this.config.getLimitRefreshPeriod().toSeconds());
	}

	/** How many clients are remembered. */
	int size() {
		synchronized (this.limiters) {
			return this.limiters.size();
		}
	}

	/** The keyed hash a client is known by. */
	String clientKey(String address) {
		byte[] digest = this.macs.get().doFinal(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(digest);
	}

}
