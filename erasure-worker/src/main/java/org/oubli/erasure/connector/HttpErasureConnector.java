package org.oubli.erasure.connector;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import feign.FeignException;
import feign.RetryableException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.contracts.connector.ErasureReceipt;
import org.oubli.erasure.receipt.ReceiptValidator;
import org.oubli.erasure.registry.SystemRegistry;

import org.springframework.stereotype.Component;

/**
 * The only class that knows where http systems live: resolves the system's base URL from
 * the registry at call time, sends the instruction with its {@code Idempotency-Key}
 * through the Resilience4j retry and circuit breaker named after the system
 * ({@code resilience4j.*.instances.<system id>}, else {@code configs.default}), checks
 * the receipt, and maps every error to a {@link ConnectorOutcome}.
 */
@Component
class HttpErasureConnector implements ErasureConnector {

	private static final Logger log = LoggerFactory.getLogger(HttpErasureConnector.class);

	private final ConnectorClient client;

	private final SystemRegistry registry;

	private final RetryRegistry retries;

	private final CircuitBreakerRegistry breakers;

	HttpErasureConnector(ConnectorClient client, SystemRegistry registry, RetryRegistry retries,
			CircuitBreakerRegistry breakers) {
		this.client = client;
		this.registry = registry;
		this.retries = retries;
		this.breakers = breakers;
	}

	@Override
	public ConnectorOutcome erase(ErasureInstruction instruction) {
		String systemId = instruction.systemId();
		Optional<URI> baseUrl = this.registry.baseUrlOf(systemId);
		if (baseUrl.isEmpty()) {
			return new ConnectorOutcome.Failure("system " + systemId + " is no longer registered for http", 0);
		}
		AtomicInteger attempts = new AtomicInteger();
		Supplier<ErasureReceipt> call = () -> {
			attempts.incrementAndGet();
			return this.client.erase(baseUrl.get(), instruction.idempotencyKey(), instruction);
		};
		Supplier<ErasureReceipt> guarded = Retry.decorateSupplier(this.retries.retry(systemId),
				CircuitBreaker.decorateSupplier(this.breakers.circuitBreaker(systemId), call));
		ErasureReceipt receipt;
		try {
			receipt = guarded.get();
		}
		catch (CallNotPermittedException ex) {
			log.warn("Circuit breaker of {} is open; request {} waits for the sweep", systemId,
					instruction.requestId());
			return new ConnectorOutcome.Unavailable("circuit breaker of " + systemId + " is open");
		}
		catch (RuntimeException ex) {
			String reason = reasonOf(ex);
			log.warn("Erasure call to {} for request {} failed after {} attempts: {}", systemId,
					instruction.requestId(), attempts.get(), reason);
			return new ConnectorOutcome.Failure(reason, attempts.get());
		}
		List<String> problems = ReceiptValidator.problemsOf(instruction, receipt);
		if (!problems.isEmpty()) {
			return new ConnectorOutcome.Failure("invalid receipt: " + String.join("; ", problems), attempts.get());
		}
		return new ConnectorOutcome.Receipt(receipt, attempts.get());
	}

	/**
	 * A reason without personal data: never the response body or the exception message.
	 */
	private static String reasonOf(RuntimeException ex) {
		if (ex instanceof RetryableException retryable) {
			Throwable cause = (retryable.getCause() != null) ? retryable.getCause() : retryable;
			return "I/O error: " + cause.getClass().getSimpleName();
		}
		if (ex instanceof feign.codec.DecodeException) {
			return "unreadable receipt";
		}
		if (ex instanceof FeignException feign && feign.status() > 0) {
			return "HTTP " + feign.status();
		}
		return ex.getClass().getSimpleName();
	}

}
