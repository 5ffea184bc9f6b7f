package org.oubli.verification;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for the profiles system's {@code POST /dsar/v1/identity-checks} on a free
 * loopback port, with the real endpoint's contract: Camille's phone matches, anything
 * else (a wrong value, an unknown address) is {@code {"match":false}}. The real endpoint
 * is tested in demo-profiles' {@code ProfilesIdentityCheckIT}.
 */
final class IdentityCheckStub implements AutoCloseable {

	static final String CAMILLE_PHONE = "06 39 98 10 01";

	final AtomicInteger calls = new AtomicInteger();

	private final HttpServer server;

	private final JsonMapper json = JsonMapper.builder().build();

	IdentityCheckStub() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/dsar/v1/identity-checks", (exchange) -> {
			this.calls.incrementAndGet();
			JsonNode check;
			try (InputStream body = exchange.getRequestBody()) {
				check = this.json.readTree(body);
			}
			boolean match = "camille.martin@example.fr".equals(check.path("email").asString())
					&& "PHONE".equals(check.path("kind").asString())
					&& CAMILLE_PHONE.equals(check.path("value").asString());
			byte[] answer = ("{\"match\":" + match + "}").getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, answer.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(answer);
			}
		});
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/dsar/v1/identity-checks";
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
