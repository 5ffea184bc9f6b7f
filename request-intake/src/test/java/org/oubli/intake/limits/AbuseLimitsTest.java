package org.oubli.intake.limits;

import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.oubli.contracts.subject.EmailAddress;
import org.oubli.testsupport.MutableClock;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The buckets: per address and per client, refilled over their period, refusals counted,
 * callers known only by a keyed hash.
 */
class AbuseLimitsTest {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final AbuseLimits limits = new AbuseLimits(properties(3, Duration.ofDays(1), 5, Duration.ofHours(1)),
			this.clock, this.meters);

	private final ClientKey client = new ClientKey("client-a");

	@Test
	void anAddressGetsItsCapacityPerPeriodThenWaits() {
		EmailAddress camille = EmailAddress.of("camille.martin@example.fr");
		for (int i = 0; i < 3; i++) {
			assertThat(this.limits.tryAcquire(camille, new ClientKey("c" + i), "api").allowed()).isTrue();
		}
		LimitDecision refused = this.limits.tryAcquire(camille, new ClientKey("c9"), "api");
		assertThat(refused.allowed()).isFalse();
		assertThat(refused.limit()).isEqualTo(LimitDecision.Kind.ADDRESS);
		// greedy refill: one request every 8 hours
		assertThat(refused.retryAfter()).isEqualTo(Duration.ofHours(8));
		assertThat(refused.retryAfterSeconds()).isEqualTo(8 * 3600);
		assertThat(refused.retryAfterMinutes()).isEqualTo(8 * 60);
		// the address is the same in any letter case
		assertThat(this.limits.tryAcquire(EmailAddress.of("Camille.Martin@Example.fr"), new ClientKey("c8"), "api")
			.allowed()).isFalse();
		assertThat(this.limits.tryAcquire(EmailAddress.of("lucas.bernard@example.fr"), new ClientKey("c7"), "api")
			.allowed()).isTrue();

		this.clock.advance(Duration.ofHours(8));
		assertThat(this.limits.tryAcquire(camille, new ClientKey("c9"), "api").allowed()).isTrue();
		assertThat(this.limits.tryAcquire(camille, new ClientKey("c9"), "api").allowed()).isFalse();
	}

	@Test
	void aClientGetsItsCapacityPerPeriodWhateverTheAddresses() {
		for (int i = 0; i < 5; i++) {
			assertThat(this.limits.tryAcquire(address(i), this.client, "form").allowed()).isTrue();
		}
		LimitDecision refused = this.limits.tryAcquire(address(99), this.client, "form");
		assertThat(refused.limit()).isEqualTo(LimitDecision.Kind.CLIENT);
		assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(12));
		assertThat(this.limits.tryAcquire(address(99), new ClientKey("client-b"), "form").allowed()).isTrue();
		assertThat(this.meters.counter(AbuseLimits.LIMITED_METRIC, "limit", "client", "channel", "form").count())
			.isEqualTo(1);
	}

	@Test
	void aRefusalByTheClientLimitLeavesTheAddressAllowanceUntouched() {
		for (int i = 0; i < 5; i++) {
			this.limits.tryAcquire(address(i), this.client, "api");
		}
		EmailAddress victim = address(42);
		for (int i = 0; i < 10; i++) {
			assertThat(this.limits.tryAcquire(victim, this.client, "api").limit()).isEqualTo(LimitDecision.Kind.CLIENT);
		}
		for (int i = 0; i < 3; i++) {
			assertThat(this.limits.tryAcquire(victim, new ClientKey("other" + i), "api").allowed()).isTrue();
		}
	}

	@Test
	void acquireThrowsWithTheDecision() {
		EmailAddress camille = EmailAddress.of("camille.martin@example.fr");
		for (int i = 0; i < 3; i++) {
			this.limits.acquire(camille, new ClientKey("c" + i), "api");
		}
		assertThatExceptionOfType(RequestsLimitedException.class)
			.isThrownBy(() -> this.limits.acquire(camille, new ClientKey("c3"), "api"))
			.satisfies((ex) -> assertThat(ex.decision().limit()).isEqualTo(LimitDecision.Kind.ADDRESS))
			.withMessageNotContaining("camille");
	}

	@Test
	void switchedOffEverythingPasses() {
		LimitsProperties off = properties(1, Duration.ofDays(1), 1, Duration.ofHours(1));
		off.setEnabled(false);
		AbuseLimits none = new AbuseLimits(off, this.clock, this.meters);
		for (int i = 0; i < 10; i++) {
			assertThat(none.tryAcquire(address(1), this.client, "api").allowed()).isTrue();
		}
	}

	@Test
	void theClientIsAKeyedHashOfItsAddressNeverTheAddress() {
		MockHttpServletRequest one = new MockHttpServletRequest();
		one.setRemoteAddr("203.0.113.7");
		MockHttpServletRequest same = new MockHttpServletRequest();
		same.setRemoteAddr("203.0.113.7");
		MockHttpServletRequest other = new MockHttpServletRequest();
		other.setRemoteAddr("203.0.113.8");
		ClientKey key = this.limits.clientOf(one);
		assertThat(key).isEqualTo(this.limits.clientOf(same)).isNotEqualTo(this.limits.clientOf(other));
		assertThat(key.value()).hasSize(64).doesNotContain("203.0.113.7");
		// another instance (another key) gives another hash: nothing links them
		assertThat(new AbuseLimits(properties(1, Duration.ofDays(1), 1, Duration.ofHours(1)), this.clock, this.meters)
			.clientOf(one)).isNotEqualTo(key);
	}

	private static EmailAddress address(int i) {
		return EmailAddress.of("subject-" + i + "@example.fr");
	}

	private static LimitsProperties properties(long perAddress, Duration addressPeriod, long perClient,
			Duration clientPeriod) {
		LimitsProperties properties = new LimitsProperties();
		properties.getPerAddress().setCapacity(perAddress);
		properties.getPerAddress().setPeriod(addressPeriod);
		properties.getPerClient().setCapacity(perClient);
		properties.getPerClient().setPeriod(clientPeriod);
		return properties;
	}

}
