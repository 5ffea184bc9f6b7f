package org.oubli.demo.profiles.dsar;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.connector.CategoryOutcome;
import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.contracts.connector.ErasureReceipt;
import org.oubli.contracts.connector.Outcome;
import org.oubli.contracts.connector.RecordsPage;
import org.oubli.contracts.connector.RecordsQuery;
import org.oubli.demo.connector.testing.DemoSystemClient;
import org.oubli.demo.connector.testing.SubjectMother;
import org.oubli.testsupport.OubliIntegrationTest;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.oubli.demo.connector.testing.DemoSystemClient.json;
import static org.oubli.demo.connector.testing.DemoSystemClient.receipt;

/**
 * The connector endpoint against the MongoDB wire server, over real HTTP: what it erases,
 * what it answers, and that a repeat changes nothing.
 */
@OubliIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=oubli-kit,demo-profiles", "spring.mongodb.database=demo-profiles-it" })
class ProfilesErasureIT {

	@LocalServerPort
	private int port;

	@Autowired
	private MongoTemplate mongo;

	private DemoSystemClient client;

	@BeforeEach
	void connect() {
		this.client = new DemoSystemClient(this.port);
	}

	@Test
	void erasesTheSubjectsAccountContactPhotoAndListingsThenAnswersARepeatWithTheSameReceipt() throws Exception {
		ErasureInstruction instruction = InstructionMother.eraseEverything(SubjectMother.camille());
		assertThat(countOf("listings", "acc-1001")).isEqualTo(2);
		long othersBefore = this.mongo.getCollection("listings").countDocuments() - 2;

		HttpResponse<String> response = this.client.erase(instruction.idempotencyKey(), instruction);

		assertThat(response.statusCode()).isEqualTo(200);
		ErasureReceipt receipt = receipt(response);
		assertThat(receipt.requestId()).isEqualTo(instruction.requestId());
		assertThat(receipt.systemId()).isEqualTo("profiles");
		assertThat(receipt.idempotencyKey()).isEqualTo(instruction.idempotencyKey());
		assertThat(receipt.completedAt()).isNotNull();
		assertThat(receipt.outcomes()).containsExactly(CategoryOutcome.erased("account", 1),
				CategoryOutcome.erased("contact", 1), CategoryOutcome.erased("photo", 1),
				CategoryOutcome.erased("listings", 2),
				CategoryOutcome.anonymised("connection-logs", "ip-truncation", 4));
		assertThat(response.body()).doesNotContain("camille", "Camille", "Lyon");
		assertThat(this.mongo.getCollection("profiles").countDocuments(new Document("_id", "acc-1001"))).isZero();
		assertThat(countOf("listings", "acc-1001")).isZero();
		assertThat(countOf("connection-logs", "acc-1001")).isZero();
		List<Document> logs = new ArrayList<>();
		this.mongo.getCollection("connection-logs")
			.find(new Document("_id", new Document("$regex", "^acc-1001-login-")))
			.into(logs);
		assertThat(logs).as("kept for statistics, cut to their network and day, unlinked")
			.hasSize(4)
			.allSatisfy((log) -> assertThat(log).doesNotContainKeys("accountId", "userAgent"));
		assertThat(logs).extracting((log) -> log.getString("ipAddress"))
			.containsExactlyInAnyOrder("203.0.113.0", "203.0.113.0", "203.0.113.0", "2001:db8:100::");
		assertThat(logs).extracting((log) -> log.getDate("at").toInstant())
			.allSatisfy((at) -> assertThat(at.truncatedTo(java.time.temporal.ChronoUnit.DAYS)).isEqualTo(at));
		assertThat(countOf("connection-logs", "acc-1002")).as("other members' logs are untouched").isEqualTo(4);
		assertThat(this.mongo.getCollection("profiles").countDocuments(new Document("_id", "acc-1002"))).isOne();
		assertThat(this.mongo.getCollection("listings").countDocuments()).isEqualTo(othersBefore);

		HttpResponse<String> repeat = this.client.erase(instruction.idempotencyKey(), instruction);

		assertThat(repeat.statusCode()).isEqualTo(200);
		assertThat(receipt(repeat)).isEqualTo(receipt);
		assertThat(this.mongo.getCollection("listings").countDocuments()).isEqualTo(othersBefore);
		Document entry = this.mongo.getCollection("dsar-receipts")
			.find(new Document("_id", instruction.idempotencyKey()))
			.first();
		assertThat(entry.getString("status")).isEqualTo("COMPLETED");
		assertThat(entry).doesNotContainKey("accountIds");
	}

	@Test
	void findsTheSubjectByEmailAloneAndRefusesTheSameKeyForADifferentInstruction() throws Exception {
		ErasureInstruction instruction = InstructionMother.instruction(SubjectMother.hugoByEmailOnly(),
				List.of(CategoryInstruction.erase("photo"), CategoryInstruction.erase("listings")));

		HttpResponse<String> response = this.client.erase(instruction.idempotencyKey(), instruction);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(receipt(response).outcomes()).containsExactly(CategoryOutcome.erased("photo", 1),
				CategoryOutcome.erased("listings", 3));
		Document hugo = this.mongo.getCollection("profiles").find(new Document("_id", "acc-1004")).first();
		assertThat(hugo).doesNotContainKey("photoUrl").containsKeys("phone", "city", "email");

		ErasureInstruction different = new ErasureInstruction(instruction.requestId(), "profiles",
				instruction.idempotencyKey(), instruction.subject(), List.of(CategoryInstruction.erase("contact")));
		HttpResponse<String> conflict = this.client.erase(instruction.idempotencyKey(), different);

		assertThat(conflict.statusCode()).isEqualTo(409);
		assertThat(conflict.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(json(conflict).path("type").asString()).endsWith("/idempotency-key-reused");
		assertThat(this.mongo.getCollection("profiles").find(new Document("_id", "acc-1004")).first())
			.containsKeys("phone", "city");
	}

	@Test
	void refusesAnUnknownCategoryWithAProblemAndTouchesNothing() throws Exception {
		ErasureInstruction instruction = InstructionMother.instruction(SubjectMother.lea(),
				List.of(CategoryInstruction.erase("listings"), CategoryInstruction.erase("payments-history")));

		HttpResponse<String> response = this.client.erase(instruction.idempotencyKey(), instruction);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = json(response);
		assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("categories[1].category");
		assertThat(countOf("listings", "acc-1003")).isOne();
		assertThat(this.mongo.getCollection("dsar-receipts")
			.countDocuments(new Document("_id", instruction.idempotencyKey()))).isZero();
	}

	@Test
	void answersASubjectItDoesNotKnowWithAReceiptOfZeroRecords() throws Exception {
		ErasureInstruction instruction = InstructionMother.eraseEverything(SubjectMother.stranger());

		HttpResponse<String> response = this.client.erase(instruction.idempotencyKey(), instruction);

		assertThat(response.statusCode()).isEqualTo(200);
		ErasureReceipt receipt = receipt(response);
		assertThat(receipt.outcomes()).extracting(CategoryOutcome::category, CategoryOutcome::outcome)
			.containsExactly(tuple("account", Outcome.ERASED), tuple("contact", Outcome.ERASED),
					tuple("photo", Outcome.ERASED), tuple("listings", Outcome.ERASED),
					tuple("connection-logs", Outcome.ANONYMISED));
		assertThat(receipt.outcomes()).allSatisfy((outcome) -> assertThat(outcome.records()).isZero());
	}

	@Test
	void neverErasesAnAccountClaimedUnderAnotherAddress() throws Exception {
		ErasureInstruction instruction = InstructionMother
			.eraseEverything(SubjectMother.strangerClaimingLucasAccount());

		HttpResponse<String> response = this.client.erase(instruction.idempotencyKey(), instruction);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(receipt(response).outcomes()).allSatisfy((outcome) -> assertThat(outcome.records()).isZero());
		assertThat(this.mongo.getCollection("profiles").countDocuments(new Document("_id", "acc-1002"))).isOne();
		assertThat(countOf("listings", "acc-1002")).isEqualTo(2);
	}

	@Test
	void refusesAnInstructionWithoutIdempotencyKeyHeader() throws Exception {
		ErasureInstruction instruction = InstructionMother.eraseEverything(SubjectMother.lea());

		HttpResponse<String> response = this.client.erase(null, instruction);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(countOf("listings", "acc-1003")).isOne();
	}

	@Test
	void summarisesWhatItHoldsAboutAnAccount() throws Exception {
		HttpResponse<String> response = this.client.summary("acc-1005");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode categories = json(response).path("categories");
		assertThat(categories.path("account").asLong()).isOne();
		assertThat(categories.path("connection-logs").asLong()).isEqualTo(4);
		assertThat(categories.path("contact").asLong()).isOne();
		assertThat(categories.path("photo").asLong()).isOne();
		assertThat(categories.path("listings").asLong()).isOne();
	}

	private long countOf(String collection, String accountId) {
		return this.mongo.count(Query.query(Criteria.where("accountId").is(accountId)), collection);
	}

	@Test
	void listsTheConnectionLogsOfTheAccountForAnExport() throws Exception {
		HttpResponse<String> response = this.client.records(new RecordsQuery(java.util.UUID.randomUUID().toString(),
				"profiles", SubjectMother.lucas(), "connection-logs", null, 1000));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		RecordsPage page = org.oubli.kit.events.OubliJson.mapper().readValue(response.body(), RecordsPage.class);
		assertThat(page.category()).isEqualTo("connection-logs");
		assertThat(page.records()).isNotEmpty()
			.allSatisfy((record) -> assertThat(record).containsEntry("accountId", "acc-1002"));
	}

}
