package org.oubli.erasure.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.Topics;
import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.contracts.connector.RecordsPage;
import org.oubli.contracts.connector.RecordsQuery;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.IdentityVerified;
import org.oubli.erasure.ErasureWorkerApplication;
import org.oubli.erasure.Receipts;
import org.oubli.erasure.SubjectMother;
import org.oubli.erasure.job.ErasureJob;
import org.oubli.erasure.job.ErasureJobs;
import org.oubli.erasure.job.JobStatus;
import org.oubli.kit.events.EventCodec;
import org.oubli.kit.events.OubliJson;
import org.oubli.testsupport.KafkaProbe;
import org.oubli.testsupport.OubliInfrastructure;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Not a test: a benchmark printing figures. Fans one erasure out to 50 http systems that
 * each answer in 100 ms (then verifies them: one records query each), on the embedded
 * Kafka broker and MongoDB wire server, and prints how long the whole job took next to
 * one system's answer time. Run:
 *
 * <pre>
 * ./mvnw -q -pl erasure-worker test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.oubli.erasure.benchmark.FanOutBenchmark [-Dexec.args="50 100 8 5"]
 * </pre>
 *
 * Arguments: systems (50), answer time in ms (100), dispatch concurrency (the configured
 * default, 8), rounds (5).
 */
public final class FanOutBenchmark {

	private FanOutBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int systems = (args.length > 0) ? Integer.parseInt(args[0]) : 50;
		int answerMillis = (args.length > 1) ? Integer.parseInt(args[1]) : 100;
		int concurrency = (args.length > 2) ? Integer.parseInt(args[2]) : 8;
		int rounds = (args.length > 3) ? Integer.parseInt(args[3]) : 5;
		PrintStream out = System.out;
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		ExecutorService threads = Executors.newFixedThreadPool(Math.max(16, systems));
		List<String> ids = new ArrayList<>();
		for (int i = 1; i <= systems; i++) {
			String id = String.format("sys-%02d", i);
			ids.add(id);
			server.createContext("/" + id + "/dsar/v1/erasures", (exchange) -> erase(exchange, answerMillis));
			server.createContext("/" + id + "/dsar/v1/records", FanOutBenchmark::records);
		}
		server.setExecutor(threads);
		server.start();
		String baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
		try (ConfigurableApplicationContext worker = new SpringApplicationBuilder(ErasureWorkerApplication.class)
			.run(arguments(ids, baseUrl, concurrency))) {
			ErasureJobs jobs = worker.getBean(ErasureJobs.class);
			KafkaProbe kafka = new KafkaProbe(OubliInfrastructure.get().kafkaBootstrapServers());
			EventCodec codec = new EventCodec();
			out.printf("%nFan-out to %d http systems answering in %d ms each, dispatch concurrency %d%n", systems,
					answerMillis, concurrency);
			out.println("round  all receipts (ms)  completed incl. verification (ms)  one system (ms)");
			for (int round = 1; round <= rounds; round++) {
				String requestId = UUID.randomUUID().toString();
				Instant now = Instant.now();
				kafka.send(Topics.VERIFICATION_EVENTS, requestId,
						codec.encode(EventEnvelope.wrap(new IdentityVerified(requestId, RequestType.ERASURE,
								SubjectMother.camille(), "email-code", now), null, "identity-verification", now)));
				ErasureJob job = awaitCompleted(jobs, requestId);
				Instant lastReceipt = job.tasks()
					.stream()
					.map((task) -> task.receipt().completedAt())
					.max(Instant::compareTo)
					.orElseThrow();
				long oneSystem = Duration
					.between(job.startedAt(), job.task(ids.get(0)).orElseThrow().receipt().completedAt())
					.toMillis();
				out.printf("%5d  %17d  %33d  %15d%n", round, Duration.between(job.startedAt(), lastReceipt).toMillis(),
						Duration.between(job.startedAt(), job.completedAt()).toMillis(), oneSystem);
			}
		}
		finally {
			server.stop(0);
			threads.shutdownNow();
		}
		System.exit(0);
	}

	private static ErasureJob awaitCompleted(ErasureJobs jobs, String requestId) throws InterruptedException {
		Instant giveUp = Instant.now().plusSeconds(120);
		while (Instant.now().isBefore(giveUp)) {
			ErasureJob job = jobs.find(requestId).orElse(null);
			if (job != null && job.status() == JobStatus.COMPLETED) {
				return job;
			}
			Thread.sleep(10);
		}
		throw new IllegalStateException("Request " + requestId + " did not complete within 2 minutes");
	}

	private static String[] arguments(List<String> ids, String baseUrl, int concurrency) {
		Map<String, Object> properties = new LinkedHashMap<>(OubliInfrastructure.get().springProperties());
		properties.put("spring.config.name", "oubli-kit,erasure-worker");
		properties.put("spring.mongodb.database", "erasure-benchmark-" + UUID.randomUUID());
		properties.put("server.port", "0");
		properties.put("logging.level.root", "WARN");
		properties.put("oubli.erasure.dispatch.concurrency", concurrency);
		properties.put("oubli.erasure.certificate.dev-key-file", "target/benchmark-key.json");
		for (int i = 0; i < ids.size(); i++) {
			String at = "oubli.erasure.systems[" + i + "].";
			properties.put(at + "id", ids.get(i));
			properties.put(at + "display-name", ids.get(i));
			properties.put(at + "owner", "benchmark");
			properties.put(at + "mode", "http");
			properties.put(at + "base-url", baseUrl + "/" + ids.get(i));
			properties.put(at + "identifiers[0]", "email");
			properties.put(at + "categories[0].name", "data");
			properties.put(at + "categories[0].action", "ERASE");
		}
		return properties.entrySet()
			.stream()
			.map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
	}

	private static void erase(HttpExchange exchange, int answerMillis) throws IOException {
		try (exchange; InputStream body = exchange.getRequestBody()) {
			ErasureInstruction instruction = OubliJson.mapper()
				.readValue(body.readAllBytes(), ErasureInstruction.class);
			Thread.sleep(answerMillis);
			respond(exchange, OubliJson.mapper().writeValueAsString(Receipts.honouring(instruction, Instant.now())));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void records(HttpExchange exchange) throws IOException {
		try (exchange; InputStream body = exchange.getRequestBody()) {
			RecordsQuery query = OubliJson.mapper().readValue(body.readAllBytes(), RecordsQuery.class);
			respond(exchange,
					OubliJson.mapper()
						.writeValueAsString(
								new RecordsPage(query.requestId(), query.system(), query.category(), List.of(), null)));
		}
	}

	private static void respond(HttpExchange exchange, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
