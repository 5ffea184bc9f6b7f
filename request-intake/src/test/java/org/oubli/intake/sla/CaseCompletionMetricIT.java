package org.oubli.intake.sla;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;

import org.oubli.contracts.Topics;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.intake.fixtures.EventMother;
import org.oubli.intake.fixtures.IntakeHttp;
import org.oubli.intake.fixtures.IntakeHttp.Answer;
import org.oubli.intake.fixtures.SubjectMother;
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
 * The completion timer through the real case tracking: an {@code ErasureCompleted},
 * delivered twice, records one completion (same context as the other tracking tests).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=oubli-kit,request-intake")
@OubliIntegrationTest
class CaseCompletionMetricIT {

	private final EventCodec codec = new EventCodec();

	private final KafkaProbe kafka = new KafkaProbe(OubliInfrastructure.get().kafkaBootstrapServers());

	@LocalServerPort
	private int port;

	@Autowired
	private MeterRegistry meters;

	@Test
	void aCompletedErasureIsTimedOnce() {
		long before = completions();
		Answer accepted = new IntakeHttp(this.port)
			.postRequest(IntakeHttp.body("erasure", SubjectMother.freshEmail(), "fr", null));
		assertThat(accepted.status()).isEqualTo(202);
		String requestId = accepted.json().path("requestId").asString();
		EventEnvelope completed = new EventMother(requestId).erasureCompleted();

		this.kafka.send(Topics.ERASURE_EVENTS, requestId, this.codec.encode(completed));
		this.kafka.send(Topics.ERASURE_EVENTS, requestId, this.codec.encode(completed));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> "COMPLETED"
				.equals(new IntakeHttp(this.port).getRequest(requestId).json().path("status").asString()));
		org.oubli.testsupport.KafkaProgress.awaitConsumed(OubliInfrastructure.get().kafkaBootstrapServers(),
				"request-intake", Topics.ERASURE_EVENTS);
		assertThat(completions()).isEqualTo(before + 1);
	}

	private long completions() {
		Timer timer = this.meters.find(CaseCompletions.METRIC)
			.tag("type", "erasure")
			.tag("outcome", "completed")
			.timer();
		return (timer != null) ? timer.count() : 0;
	}

}
