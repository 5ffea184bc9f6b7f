package org.oubli.erasure.connector;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The Resilience4j instances of one system, all named after its id
 * ({@code resilience4j.<kind>.instances.<system id>}, else {@code configs.default}),
 * wrapped around a call in the usual order: retry (exponential backoff with jitter) of a
 * circuit breaker of a rate limiter of a time limiter of a bulkhead. The time limiter
 * runs the call on a thread of its own and gives up waiting (and interrupts it) after its
 * timeout.
 */
@Component
class SystemGuards implements DisposableBean {

	private final RetryRegistry retries;

	private final CircuitBreakerRegistry breakers;

	private final RateLimiterRegistry rateLimiters;

	private final TimeLimiterRegistry timeLimiters;

	private final BulkheadRegistry bulkheads;

	private final ExecutorService calls;

	SystemGuards(RetryRegistry retries, CircuitBreakerRegistry breakers, RateLimiterRegistry rateLimiters,
			TimeLimiterRegistry timeLimiters, BulkheadRegistry bulkheads) {
		this.retries = retries;
		this.breakers = breakers;
		this.rateLimiters = rateLimiters;
		this.timeLimiters = timeLimiters;
		this.bulkheads = bulkheads;
		AtomicInteger threads = new AtomicInteger();
		this.calls = Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, "erasure-call-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Runs the call for the system through its guards.
	 * @throws Exception what the last attempt threw, or what a guard refused with
	 */
	<T> T call(String systemId, Supplier<T> call) throws Exception {
		Callable<T> timed = TimeLimiter.decorateFutureSupplier(this.timeLimiters.timeLimiter(systemId),
				() -> this.calls.submit(call::get));
		Callable<T> bulkheaded = Bulkhead.decorateCallable(this.bulkheads.bulkhead(systemId), timed);
		Callable<T> limited = RateLimiter.decorateCallable(this.rateLimiters.rateLimiter(systemId), bulkheaded);
		Callable<T> broken = CircuitBreaker.decorateCallable(this.breakers.circuitBreaker(systemId), limited);
		return Retry.decorateCallable(this.retries.retry(systemId), broken).call();
	}

	@Override
	public void destroy() {
		this.calls.shutdownNow();
	}

}
