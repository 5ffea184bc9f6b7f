package org.oubli.erasure;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.kit.events.OubliJson;

/**
 * A test double of http data-holding systems: each system answers
 * {@code POST /<system id>/dsar/v1/erasures} like a real connector (a receipt honouring
 * the instruction), or, for the (request, system) pairs told so, with 500 every time or
 * with a receipt that leaves a category out. Records the {@code Idempotency-Key} header
 * and the instruction of every call.
 */
final class ConnectorStub implements AutoCloseable {

	/** One call as the system saw it. */
	record Call(String idempotencyKey, ErasureInstruction instruction) {
	}

	private final HttpServer server;

	private final ExecutorService threads = Executors.newFixedThreadPool(4);

	private final Map<String, List<Call>> calls = new ConcurrentHashMap<>();

	private final Set<String> failing = ConcurrentHashMap.newKeySet();

	private final Set<String> contradicting = ConcurrentHashMap.newKeySet();

	private ConnectorStub(String... systemIds) throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		for (String systemId : systemIds) {
			this.server.createContext("/" + systemId + "/dsar/v1/erasures", (exchange) -> answer(systemId, exchange));
		}
		this.server.setExecutor(this.threads);
		this.server.start();
	}

	static ConnectorStub start(String... systemIds) {
		try {
			return new ConnectorStub(systemIds);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot start the connector stub", ex);
		}
	}

	String baseUrl(String systemId) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/" + systemId;
	}

	void failAlways(String requestId, String systemId) {
		this.failing.add(requestId + "/" + systemId);
	}

	/**
	 * Answers normally again (after {@link #failAlways} or {@link #leaveOutACategory}).
	 */
	void recover(String requestId, String systemId) {
		this.failing.remove(requestId + "/" + systemId);
		this.contradicting.remove(requestId + "/" + systemId);
	}

	/** Answers 200 with a receipt that leaves out the last instructed category. */
	void leaveOutACategory(String requestId, String systemId) {
		this.contradicting.add(requestId + "/" + systemId);
	}

	List<Call> calls(String requestId, String systemId) {
		return List.copyOf(this.calls.getOrDefault(requestId + "/" + systemId, List.of()));
	}

	private void answer(String systemId, HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!"POST".equals(exchange.getRequestMethod())) {
				respond(exchange, 405, "");
				return;
			}
			ErasureInstruction instruction;
			try (InputStream body = exchange.getRequestBody()) {
				instruction = OubliJson.mapper().readValue(body.readAllBytes(), ErasureInstruction.class);
			}
			String key = instruction.requestId() + "/" + systemId;
			this.calls.computeIfAbsent(key, (k) -> new CopyOnWriteArrayList<>())
				.add(new Call(exchange.getRequestHeaders()
					.getFirst(org.oubli.contracts.connector.ConnectorHeaders.IDEMPOTENCY_KEY), instruction));
			if (this.failing.contains(key)) {
				respond(exchange, 500, "{\"status\":500,\"title\":\"Internal Server Error\"}");
				return;
			}
			// answers as the system it is: a misrouted instruction gets a contradictory
			// receipt
			List<CategoryInstruction> handled = this.contradicting.contains(key)
					? instruction.categories().subList(0, instruction.categories().size() - 1)
					: instruction.categories();
			ErasureInstruction asSeenHere = new ErasureInstruction(instruction.requestId(), systemId,
					instruction.idempotencyKey(), instruction.subject(), handled);
			respond(exchange, 200,
					OubliJson.mapper().writeValueAsString(Receipts.honouring(asSeenHere, Instant.now())));
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
