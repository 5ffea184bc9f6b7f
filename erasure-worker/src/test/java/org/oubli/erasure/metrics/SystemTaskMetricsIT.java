package org.oubli.erasure.metrics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.oubli.contracts.Topics;
import org.oubli.contracts.connector.CategoryOutcome;
import org.oubli.contracts.connector.ErasureReceipt;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.OubliEvent;
import org.oubli.contracts.events.SystemErased;
import org.oubli.contracts.events.SystemErasureFailed;
import org.oubli.kit.events.EventCodec;
import org.oubli.testsupport.KafkaProbe;
import org.oubli.testsupport.OubliInfrastructure;
import org.oubli.testsupport.OubliIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The system task metrics on the real broker: the events the worker publishes on
 * {@code oubli.erasure.events} are counted by system and outcome, and the scrape also
 * serves the Kafka consumer and Resilience4j metrics the dashboards read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=oubli-kit,erasure-worker")
@OubliIntegrationTest
class SystemTaskMetricsIT {

	private final EventCodec codec = new EventCodec();

	private final KafkaProbe kafka = new KafkaProbe(OubliInfrastructure.get().kafkaBootstrapServers());

	@Autowired
	private MeterRegistry meters;

	@LocalServerPort
	private int port;

	@Test
	void systemOutcomesPublishedByTheWorkerAreCountedAndScraped() throws Exception {
		String system = "metrics-" + UUID.randomUUID().toString().substring(0, 8);
		String requestId = UUID.randomUUID().toString();
		Instant now = Instant.now();
		send(new SystemErased(requestId,
				new ErasureReceipt(requestId, system, "key", now, List.of(CategoryOutcome.erased("cards", 1)))));
		send(new SystemErasureFailed(requestId, system, "HTTP 503 from the system", 5, now));
		send(new SystemErasureFailed(requestId, system, SystemTaskMetrics.ESCALATION_PREFIX + "3 days", 0, now));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> count(system, "erased") == 1 && count(system, "failed") == 1
					&& count(system, "escalated") == 1);

		String scrape = scrape();
		assertThat(scrape).contains("oubli_system_tasks_total{outcome=\"erased\",system=\"" + system + "\"} 1.0")
			.contains("oubli_system_tasks_total{outcome=\"escalated\",system=\"" + system + "\"} 1.0")
			.contains("kafka_consumer_fetch_manager_records_lag_max")
			.contains("resilience4j_circuitbreaker_state");
	}

	private double count(String system, String outcome) {
		Counter counter = this.meters.find(SystemTaskMetrics.TASKS)
			.tag("system", system)
			.tag("outcome", outcome)
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

	private void send(OubliEvent payload) {
		EventEnvelope envelope = EventEnvelope.wrap(payload, null, "erasure-worker", Instant.now());
		this.kafka.send(Topics.ERASURE_EVENTS, envelope.requestId(), this.codec.encode(envelope));
	}

	private String scrape() throws IOException, InterruptedException {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/prometheus"))
				.header("Accept", "text/plain")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

}
