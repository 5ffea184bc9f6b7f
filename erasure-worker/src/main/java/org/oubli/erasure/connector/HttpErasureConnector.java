package org.oubli.erasure.connector;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import feign.FeignException;
import feign.RetryableException;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.contracts.connector.ErasureReceipt;
import org.oubli.contracts.connector.RecordsPage;
import org.oubli.contracts.connector.RecordsQuery;
import org.oubli.erasure.receipt.ReceiptValidator;
import org.oubli.erasure.registry.SystemRegistry;

import org.springframework.stereotype.Component;

/**
 * The only class that knows where http systems live: resolves the system's base URL from
 * the registry at call time, sends the instruction with its {@code Idempotency-Key} (or
 * the records query) through the system's Resilience4j guards ({@link SystemGuards}),
 * checks the receipt, and maps every error to an outcome. Reasons never quote what the
 * system sent (bodies, exception messages): only status codes, exception kinds and
 * registry names.
 */
@Component
class HttpErasureConnector implements ErasureConnector, RecordsConnector {

	private static final Logger log = LoggerFactory.getLogger(HttpErasureConnector.class);

	private final ConnectorClient client;

	private final SystemRegistry registry;

	private final SystemGuards guards;

	HttpErasureConnector(ConnectorClient client, SystemRegistry registry, SystemGuards guards) {
		this.client = client;
		this.registry = registry;
		this.guards = guards;
	}

	@Override
	public ConnectorOutcome erase(ErasureInstruction instruction) {
		String systemId = instruction.systemId();
		Optional<URI> baseUrl = this.registry.baseUrlOf(systemId);
		if (baseUrl.isEmpty()) {
			return new ConnectorOutcome.Failure("system " + systemId + " is no longer registered for http", 0, false);
		}
		AtomicInteger attempts = new AtomicInteger();
		ErasureReceipt receipt;
		try {
			receipt = this.guards.call(systemId, () -> {
				attempts.incrementAndGet();
				return this.client.erase(baseUrl.get(), instruction.idempotencyKey(), instruction);
			});
		}
		catch (Exception ex) {
			Optional<String> unavailable = unavailability(systemId, ex);
			if (unavailable.isPresent()) {
				log.warn("{}; request {} waits for a retry", unavailable.get(), instruction.requestId());
				return new ConnectorOutcome.Unavailable(unavailable.get());
			}
			String reason = reasonOf(ex);
			log.warn("Erasure call to {} for request {} failed after {} attempts: {}", systemId,
					instruction.requestId(), attempts.get(), reason);
			return new ConnectorOutcome.Failure(reason, attempts.get(), !isRefusal(ex));
		}
		List<String> problems = ReceiptValidator.problemsOf(instruction, receipt);
		if (!problems.isEmpty()) {
			return new ConnectorOutcome.Failure("invalid receipt: " + String.join("; ", problems), attempts.get(),
					true);
		}
		return new ConnectorOutcome.Receipt(receipt, attempts.get());
	}

	@Override
	public RecordsOutcome firstPage(RecordsQuery query) {
		String systemId = query.system();
		Optional<URI> baseUrl = this.registry.baseUrlOf(systemId);
		if (baseUrl.isEmpty()) {
			return new RecordsOutcome.NotSupported("system " + systemId + " is no longer registered for http");
		}
		try {
			RecordsPage page = this.guards.call(systemId, () -> this.client.records(baseUrl.get(), query));
			if (page == null) {
				return new RecordsOutcome.Failed("empty answer");
			}
			if (page.category() != null && !page.category().equals(query.category())) {
				return new RecordsOutcome.Failed("answer is about another category");
			}
			return new RecordsOutcome.Page(page);
		}
		catch (Exception ex) {
			if (ex instanceof FeignException feign
					&& (feign.status() == 404 || feign.status() == 405 || feign.status() == 501)) {
				return new RecordsOutcome.NotSupported("records endpoint answered HTTP " + feign.status());
			}
			return new RecordsOutcome.Failed(unavailability(systemId, ex).orElseGet(() -> reasonOf(ex)));
		}
	}

	private static Optional<String> unavailability(String systemId, Exception ex) {
		if (ex instanceof CallNotPermittedException) {
			return Optional.of("circuit breaker of " + systemId + " is open");
		}
		if (ex instanceof BulkheadFullException) {
			return Optional.of("bulkhead of " + systemId + " is full");
		}
		if (ex instanceof RequestNotPermitted) {
			return Optional.of("rate limit of " + systemId + " reached");
		}
		return Optional.empty();
	}

	/** A 4xx other than 408 and 429: the system refused the instruction itself. */
	private static boolean isRefusal(Exception ex) {
		return ex instanceof FeignException.FeignClientException feign && feign.status() != 408
				&& feign.status() != 429;
	}

	/**
	 * A reason without personal data: never the response body or the exception message.
	 */
	private static String reasonOf(Exception ex) {
		if (ex instanceof TimeoutException) {
			return "no answer in time";
		}
		if (ex instanceof OversizedAnswerException oversized) {
			return oversized.getMessage();
		}
		if (ex instanceof RetryableException retryable) {
			Throwable cause = (retryable.getCause() != null) ? retryable.getCause() : retryable;
			return "I/O error: " + cause.getClass().getSimpleName();
		}
		if (ex instanceof feign.codec.DecodeException) {
			return "unreadable answer";
		}
		if (ex instanceof FeignException feign && feign.status() > 0) {
			return (isRefusal(ex) ? "refused: " : "") + "HTTP " + feign.status();
		}
		return ex.getClass().getSimpleName();
	}

}
