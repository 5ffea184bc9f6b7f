package org.oubli.intake.request;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.oubli.contracts.Topics;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.RequestLinked;
import org.oubli.intake.cases.CaseDocument;
import org.oubli.intake.fixtures.EventMother;
import org.oubli.intake.fixtures.IntakeHttp;
import org.oubli.intake.fixtures.IntakeHttp.Answer;
import org.oubli.intake.fixtures.RequestEvents;
import org.oubli.intake.fixtures.SubjectMother;
import org.oubli.kit.events.EventCodec;
import org.oubli.testsupport.KafkaProbe;
import org.oubli.testsupport.OubliInfrastructure;
import org.oubli.testsupport.OubliIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.oubli.intake.fixtures.IntakeHttp.json;

/**
 * A request of the same type for the same address as a case still open is linked to it:
 * its own reference, {@code RequestLinked}, nothing started again; also when many arrive
 * at once (the wire server has no transactions: the open-case key decides).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=oubli-kit,request-intake")
@OubliIntegrationTest
class DuplicateRequestsIT {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@LocalServerPort
	private int port;

	@Autowired
	private MongoTemplate mongo;

	@Test
	void aRepeatIsLinkedToTheOpenCaseWithItsOwnReference() {
		String email = SubjectMother.freshEmail();
		String first = accepted(api().postRequest(json("type", "erasure", "email", email)));

		Answer repeat = api().postRequest(json("type", "ERASURE", "email", "  " + email.toUpperCase() + " "));

		assertThat(repeat.status()).isEqualTo(200);
		String second = repeat.json().path("requestId").asString();
		assertThat(second).isNotEqualTo(first);
		assertThat(repeat.json().path("status").asString()).isEqualTo("LINKED");
		assertThat(repeat.json().path("linkedTo").asString()).isEqualTo(first);
		assertThat(repeat.header("Location")).endsWith("/api/v1/requests/" + second);
		JsonNode view = api().getRequest(second).json();
		assertThat(view.path("status").asString()).isEqualTo("LINKED");
		assertThat(view.path("linkedTo").asString()).isEqualTo(first);
		EventEnvelope linked = await().atMost(PATIENCE)
			.until(() -> RequestEvents.of(second).stream().findFirst().orElse(null), (found) -> found != null);
		RequestLinked event = (RequestLinked) linked.payload();
		assertThat(event.openRequestId()).isEqualTo(first);
		assertThat(event.subject().email().value()).isEqualTo(email);
		assertThat(RequestEvents.typesOf(second)).containsExactly("RequestLinked");
		assertThat(casesOf(email)).extracting((stored) -> stored.getString("status"))
			.containsExactlyInAnyOrder("AWAITING_VERIFICATION", "LINKED");
	}

	@Test
	void anotherTypeOrAnotherAddressOpensItsOwnCase() {
		String email = SubjectMother.freshEmail();
		accepted(api().postRequest(json("type", "erasure", "email", email)));

		assertThat(api().postRequest(json("type", "access", "email", email)).status()).isEqualTo(202);
		assertThat(api().postRequest(json("type", "erasure", "email", SubjectMother.freshEmail())).status())
			.isEqualTo(202);
	}

	@Test
	void concurrentRepeatsOpenExactlyOneCase() throws Exception {
		String email = SubjectMother.freshEmail();
		int callers = 8;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(callers);
		List<Future<Answer>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < callers; i++) {
				Callable<Answer> call = () -> {
					start.await();
					return api().postRequest(json("type", "objection", "email", email));
				};
				answers.add(pool.submit(call));
			}
			start.countDown();
			List<Answer> done = new ArrayList<>();
			for (Future<Answer> answer : answers) {
				done.add(answer.get(60, TimeUnit.SECONDS));
			}
			List<Answer> opened = done.stream().filter((answer) -> answer.status() == 202).toList();
			List<Answer> linked = done.stream().filter((answer) -> answer.status() == 200).toList();
			assertThat(opened).hasSize(1);
			assertThat(linked).hasSize(callers - 1);
			String open = opened.get(0).json().path("requestId").asString();
			assertThat(linked)
				.allSatisfy((answer) -> assertThat(answer.json().path("linkedTo").asString()).isEqualTo(open));
			assertThat(casesOf(email)).hasSize(callers)
				.filteredOn((stored) -> !"LINKED".equals(stored.getString("status")))
				.singleElement()
				.satisfies((stored) -> assertThat(stored.getString("_id")).isEqualTo(open));
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void onceTheCaseEndedANewRequestStartsAfresh() {
		String email = SubjectMother.freshEmail();
		String first = accepted(api().postRequest(json("type", "erasure", "email", email)));
		EventEnvelope expired = new EventMother(first).verificationExpired();
		new KafkaProbe(OubliInfrastructure.get().kafkaBootstrapServers()).send(Topics.VERIFICATION_EVENTS, first,
				new EventCodec().encode(expired));
		await().atMost(PATIENCE).until(() -> "CLOSED".equals(api().getRequest(first).json().path("status").asString()));

		Answer again = api().postRequest(json("type", "erasure", "email", email));

		assertThat(again.status()).isEqualTo(202);
		assertThat(again.json().path("requestId").asString()).isNotEqualTo(first);
		assertThat(api().getRequest(first).json().path("closure").path("reason").asString()).isEqualTo("UNVERIFIED");
	}

	private List<Document> casesOf(String email) {
		return this.mongo.find(Query.query(Criteria.where("subject.email").is(email)), Document.class,
				CaseDocument.COLLECTION);
	}

	private static String accepted(Answer answer) {
		assertThat(answer.status()).isEqualTo(202);
		return answer.json().path("requestId").asString();
	}

	private IntakeHttp api() {
		return new IntakeHttp(this.port);
	}

}
