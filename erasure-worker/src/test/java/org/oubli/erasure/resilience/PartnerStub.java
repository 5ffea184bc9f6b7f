package org.oubli.erasure.resilience;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.contracts.connector.RecordsPage;
import org.oubli.contracts.connector.RecordsQuery;
import org.oubli.erasure.Receipts;
import org.oubli.kit.events.OubliJson;

/**
 * Misbehaving http systems for tests, each under {@code /<system id>}: every one answers
 * {@code POST /dsar/v1/erasures} and {@code POST /dsar/v1/records} according to the
 * behaviour it is set to, which a test can change while the worker runs.
 */
final class PartnerStub implements AutoCloseable {

	/** How a system answers. */
	enum Behaviour {

		/** A receipt honouring the instruction; records: none left. */
		HONEST,
		/** 503 until it was called {@code failuresBeforeRecovery} times, then honest. */
		FLAKY,
		/** Answers after 3 seconds (beyond the time limiter). */
		SLOW,
		/** 200 with a body that is not a receipt. */
		MALFORMED,
		/** A valid receipt, but records still come back for every erased category. */
		FORGETFUL,
		/** No records endpoint (404), otherwise honest. */
		NO_RECORDS_ENDPOINT

	}

	private final HttpServer server;

	private final ExecutorService threads = Executors.newFixedThreadPool(8);

	private final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> erasureCalls = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> recordsCalls = new ConcurrentHashMap<>();

	private final int failuresBeforeRecovery;

	private PartnerStub(int failuresBeforeRecovery, Map<String, Behaviour> systems) throws IOException {
		this.failuresBeforeRecovery = failuresBeforeRecovery;
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		systems.forEach((systemId, behaviour) -> {
			this.behaviours.put(systemId, behaviour);
			this.server.createContext("/" + systemId + "/dsar/v1/erasures", (exchange) -> erase(systemId, exchange));
			this.server.createContext("/" + systemId + "/dsar/v1/records", (exchange) -> records(systemId, exchange));
		});
		this.server.setExecutor(this.threads);
		this.server.start();
	}

	static PartnerStub start(int failuresBeforeRecovery, Map<String, Behaviour> systems) {
		try {
			return new PartnerStub(failuresBeforeRecovery, systems);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot start the partner stub", ex);
		}
	}

	String baseUrl(String systemId) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/" + systemId;
	}

	void behave(String systemId, Behaviour behaviour) {
		this.behaviours.put(systemId, behaviour);
	}

	int erasureCalls(String requestId, String systemId) {
		return this.erasureCalls.getOrDefault(requestId + "/" + systemId, new AtomicInteger()).get();
	}

	int recordsCalls(String requestId, String systemId) {
		return this.recordsCalls.getOrDefault(requestId + "/" + systemId, new AtomicInteger()).get();
	}

	private void erase(String systemId, HttpExchange exchange) throws IOException {
		try (exchange) {
			ErasureInstruction instruction;
			try (InputStream body = exchange.getRequestBody()) {
				instruction = OubliJson.mapper().readValue(body.readAllBytes(), ErasureInstruction.class);
			}
			int call = this.erasureCalls
				.computeIfAbsent(instruction.requestId() + "/" + systemId, (key) -> new AtomicInteger())
				.incrementAndGet();
			Behaviour behaviour = this.behaviours.get(systemId);
			if (behaviour == Behaviour.FLAKY && call <= this.failuresBeforeRecovery) {
				respond(exchange, 503, "{\"status\":503,\"title\":\"Service Unavailable\"}");
				return;
			}
			if (behaviour == Behaviour.SLOW) {
				sleep(3000);
			}
			if (behaviour == Behaviour.MALFORMED) {
				respond(exchange, 200, "{\"requestId\": [\"not\", \"a receipt\"], \"outcomes\": 42");
				return;
			}
			respond(exchange, 200,
					OubliJson.mapper().writeValueAsString(Receipts.honouring(instruction, Instant.now())));
		}
	}

	private void records(String systemId, HttpExchange exchange) throws IOException {
		try (exchange) {
			Behaviour behaviour = this.behaviours.get(systemId);
			if (behaviour == Behaviour.NO_RECORDS_ENDPOINT) {
				respond(exchange, 404, "{\"status\":404,\"title\":\"Not Found\"}");
				return;
			}
			RecordsQuery query;
			try (InputStream body = exchange.getRequestBody()) {
				query = OubliJson.mapper().readValue(body.readAllBytes(), RecordsQuery.class);
			}
			this.recordsCalls.computeIfAbsent(query.requestId() + "/" + systemId, (key) -> new AtomicInteger())
				.incrementAndGet();
			List<Map<String, Object>> left = (behaviour == Behaviour.FORGETFUL)
					? List.of(Map.of("id", "r-1", "value", "kept"), Map.of("id", "r-2", "value", "kept")) : List.of();
			respond(exchange, 200, OubliJson.mapper()
				.writeValueAsString(new RecordsPage(query.requestId(), systemId, query.category(), left, null)));
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

	private static void respond(HttpExchange exchange, int status, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, (bytes.length == 0) ? -1 : bytes.length);
		if (bytes.length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.threads.shutdownNow();
	}

}
