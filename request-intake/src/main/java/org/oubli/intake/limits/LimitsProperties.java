package org.oubli.intake.limits;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Abuse limits on new requests ({@code oubli.intake.limits.*}).
 */
@ConfigurationProperties("oubli.intake.limits")
public class LimitsProperties {

	/** Whether new requests are limited at all. */
	private boolean enabled = true;

	/** Requests per email address: {@code capacity} per {@code period}. */
	private final Limit perAddress = new Limit(5, Duration.ofDays(1));

	/**
	 * Requests per client (the caller's IP address): {@code capacity} per {@code period}.
	 */
	private final Limit perClient = new Limit(20, Duration.ofHours(1));

	/** How many addresses, and how many clients, are remembered at most. */
	private long maxTracked = 1_000_000;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Limit getPerAddress() {
		return this.perAddress;
	}

	public Limit getPerClient() {
		return this.perClient;
	}

	public long getMaxTracked() {
		return this.maxTracked;
	}

	public void setMaxTracked(long maxTracked) {
		this.maxTracked = maxTracked;
	}

	/** A number of requests per period, refilled gradually over the period. */
	public static class Limit {

		private long capacity;

		private Duration period;

		public Limit(long capacity, Duration period) {
			this.capacity = capacity;
			this.period = period;
		}

		public long getCapacity() {
			return this.capacity;
		}

		public void setCapacity(long capacity) {
			this.capacity = capacity;
		}

		public Duration getPeriod() {
			return this.period;
		}

		public void setPeriod(Duration period) {
			this.period = period;
		}

	}

}
