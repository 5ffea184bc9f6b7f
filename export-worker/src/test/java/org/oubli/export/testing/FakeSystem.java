package org.oubli.export.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.oubli.contracts.connector.RecordsPage;
import org.oubli.contracts.connector.RecordsQuery;
import org.oubli.kit.events.OubliJson;

/**
 * A data-holding system on a free port serving {@code POST /dsar/v1/records} from
 * in-memory records, that can be told to misbehave from a given page on.
 */
public final class FakeSystem implements AutoCloseable {

	/** How it answers. */
	public enum Behaviour {

		/** Correct pages. */
		GOOD,
		/** 503 from the second page on. */
		FAILS_ON_SECOND_PAGE,
		/** Answers as another category. */
		WRONG_CATEGORY,
		/** Answers as another system. */
		WRONG_SYSTEM,
		/** Not JSON. */
		MALFORMED,
		/** A body far over the size limit. */
		OVERSIZED,
		/** Answers after the read timeout. */
		SLOW,
		/** More records than the limit. */
		TOO_MANY

	}

	private final String systemId;

	private final Map<String, List<Map<String, Object>>> categories = new LinkedHashMap<>();

	private final HttpServer server;

	private final AtomicInteger calls = new AtomicInteger();

	private volatile Behaviour behaviour = Behaviour.GOOD;

	public FakeSystem(String systemId) {
		this.systemId = systemId;
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.server.createContext("/dsar/v1/records", this::handle);
		this.server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
		this.server.start();
	}

	public FakeSystem with(String category, List<Map<String, Object>> records) {
		this.categories.put(category, new ArrayList<>(records));
		return this;
	}

	public FakeSystem behave(Behaviour behaviour) {
		this.behaviour = behaviour;
		return this;
	}

	public URI baseUrl() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	public int calls() {
		return this.calls.get();
	}

	private void handle(HttpExchange exchange) throws IOException {
		this.calls.incrementAndGet();
		try (InputStream in = exchange.getRequestBody()) {
			RecordsQuery query = OubliJson.mapper().readValue(in.readAllBytes(), RecordsQuery.class);
			int from = (query.cursor() != null) ? Integer.parseInt(query.cursor()) : 0;
			List<Map<String, Object>> all = this.categories.getOrDefault(query.category(), List.of());
			int to = Math.min(all.size(), from + query.limit());
			String next = (to < all.size()) ? String.valueOf(to) : null;
			List<Map<String, Object>> records = all.subList(from, to);
			String system = this.systemId;
			String category = query.category();
			switch (this.behaviour) {
				case FAILS_ON_SECOND_PAGE -> {
					if (from > 0) {
						send(exchange, 503, "{}".getBytes(StandardCharsets.UTF_8));
						return;
					}
				}
				case WRONG_CATEGORY -> category = category + "-other";
				case WRONG_SYSTEM -> system = "someone-else";
				case MALFORMED -> {
					send(exchange, 200, "{\"records\": [ not json".getBytes(StandardCharsets.UTF_8));
					return;
				}
				case OVERSIZED -> {
					byte[] big = new byte[200_000];
					java.util.Arrays.fill(big, (byte) ' ');
					send(exchange, 200, big);
					return;
				}
				case SLOW -> sleep(2500);
				case TOO_MANY -> {
					records = new ArrayList<>(records);
					for (int i = 0; i <= query.limit(); i++) {
						records.add(Map.of("extra", i));
					}
				}
				default -> {
				}
			}
			RecordsPage page = new RecordsPage(query.requestId(), system, category, records, next);
			send(exchange, 200, OubliJson.mapper().writeValueAsBytes(page));
		}
	}

	private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
