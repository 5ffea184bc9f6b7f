package org.oubli.export.collect;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import tools.jackson.core.JacksonException;

import org.oubli.contracts.connector.RecordsPage;
import org.oubli.contracts.connector.RecordsQuery;
import org.oubli.export.ExportProperties;
import org.oubli.kit.events.OubliJson;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Asks a system for a page over HTTP ({@link RestClient} on the JDK client, connect and
 * read timeouts from {@code oubli.export}), through the Resilience4j retry named after
 * the system ({@code resilience4j.retry.instances.<system id>}, else
 * {@code configs.default}). Every answer is checked before it is believed: a body larger
 * than {@code max-page-size}, one that is not a page, or a page that contradicts its
 * query (other request, system or category, too many records) counts as a failed attempt,
 * as do I/O errors, timeouts, {@code 5xx} and {@code 429}. Other {@code 4xx} are not
 * retried. Reasons never quote the body.
 */
@Component
class HttpRecordsSource implements RecordsSource {

	private final RestClient client;

	private final RetryRegistry retries;

	private final long maxBytes;

	HttpRecordsSource(RetryRegistry retries, ExportProperties properties) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
		factory.setReadTimeout(properties.readTimeout());
		this.client = RestClient.builder().requestFactory(factory).build();
		this.retries = retries;
		this.maxBytes = properties.maxPageSize().toBytes();
	}

	@Override
	public RecordsPage page(URI baseUrl, RecordsQuery query) {
		AtomicInteger attempts = new AtomicInteger();
		Supplier<RecordsPage> call = () -> {
			attempts.incrementAndGet();
			return fetch(baseUrl, query);
		};
		try {
			return Retry.decorateSupplier(this.retries.retry(query.system()), call).get();
		}
		catch (RuntimeException ex) {
			throw new CollectionFailedException(query.system(),
					"page " + pageName(query) + " of " + query.category() + ": " + reasonOf(ex), attempts.get());
		}
	}

	private RecordsPage fetch(URI baseUrl, RecordsQuery query) {
		RecordsPage page = this.client.post()
			.uri(baseUrl.resolve("/dsar/v1/records"))
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.body(query)
			.exchange((request, response) -> {
				HttpStatusCode status = response.getStatusCode();
				if (!status.is2xxSuccessful()) {
					throw new SystemAnswerException(status.value());
				}
				return read(response.getBody());
			});
		List<String> problems = PageChecks.problemsOf(query, page);
		if (!problems.isEmpty()) {
			throw new ContradictoryPageException("contradictory page: " + String.join("; ", problems));
		}
		return page;
	}

	private RecordsPage read(InputStream body) throws IOException {
		byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.maxBytes + 1));
		if (bytes.length > this.maxBytes) {
			throw new OversizedPageException(this.maxBytes);
		}
		try {
			return OubliJson.mapper().readValue(bytes, RecordsPage.class);
		}
		catch (JacksonException ex) {
			throw new MalformedPageException();
		}
	}

	private static String pageName(RecordsQuery query) {
		return (query.cursor() == null) ? "1" : "after a cursor";
	}

	/** A reason without personal data: never the body or an exception message. */
	static String reasonOf(Throwable ex) {
		if (ex instanceof SystemAnswerException answer) {
			return "HTTP " + answer.status();
		}
		if (ex instanceof ContradictoryPageException || ex instanceof OversizedPageException
				|| ex instanceof MalformedPageException) {
			return ex.getMessage();
		}
		if (ex instanceof ResourceAccessException access) {
			Throwable cause = (access.getCause() != null) ? access.getCause() : access;
			return "I/O error: " + cause.getClass().getSimpleName();
		}
		return ex.getClass().getSimpleName();
	}

	/** A non-2xx answer. */
	static class SystemAnswerException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final int status;

		SystemAnswerException(int status) {
			super("HTTP " + status);
			this.status = status;
		}

		int status() {
			return this.status;
		}

		boolean retryable() {
			return this.status >= 500 || this.status == 429;
		}

	}

	/** A body over the size limit. */
	static class OversizedPageException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		OversizedPageException(long maxBytes) {
			super("page larger than " + maxBytes + " bytes");
		}

	}

	/** A body that is not a records page. */
	static class MalformedPageException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		MalformedPageException() {
			super("malformed page");
		}

	}

}
