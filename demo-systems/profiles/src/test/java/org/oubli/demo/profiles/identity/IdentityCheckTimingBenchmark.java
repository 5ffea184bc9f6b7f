package org.oubli.demo.profiles.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.oubli.testsupport.OubliIntegrationTest;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Not a test (no assertion, not in the build): prints how long
 * {@code POST /dsar/v1/identity-checks} takes for a wrong value of an existing account
 * and for an unknown address, interleaved, over loopback HTTP. Run it alone:
 * {@code mvn -o -pl demo-systems/profiles test -Dtest=IdentityCheckTimingBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@OubliIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.config.name=oubli-kit,demo-profiles", "spring.mongodb.database=demo-profiles-identity-bench" })
class IdentityCheckTimingBenchmark {

	private static final int WARM_UP = 200;

	private static final int ROUNDS = 1000;

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void printLatencies() throws Exception {
		List<Long> existing = new ArrayList<>();
		List<Long> unknown = new ArrayList<>();
		for (int i = 0; i < WARM_UP + ROUNDS; i++) {
			long a = time("lucas.bernard@example.fr");
			long b = time("nobody." + (i % 50) + "@example.fr");
			if (i >= WARM_UP) {
				existing.add(a);
				unknown.add(b);
			}
		}
		System.out.printf("identity-check latency over %d calls each (microseconds):%n", ROUNDS);
		System.out.println("  existing account, wrong value: " + summary(existing));
		System.out.println("  unknown address:               " + summary(unknown));
	}

	private long time(String email) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/dsar/v1/identity-checks"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"requestId\":\"" + UUID.randomUUID() + "\",\"email\":\""
					+ email + "\",\"kind\":\"PHONE\",\"value\":\"06 00 00 00 00\"}"))
			.build();
		long start = System.nanoTime();
		this.http.send(request, HttpResponse.BodyHandlers.ofString());
		return (System.nanoTime() - start) / 1000;
	}

	private static String summary(List<Long> micros) {
		List<Long> sorted = new ArrayList<>(micros);
		Collections.sort(sorted);
		return String.format("p50 %d, p90 %d, p99 %d", sorted.get(sorted.size() / 2),
				sorted.get(sorted.size() * 9 / 10), sorted.get(sorted.size() * 99 / 100));
	}

}
