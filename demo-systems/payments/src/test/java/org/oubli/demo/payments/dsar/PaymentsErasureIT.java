package org.oubli.demo.payments.dsar;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.connector.CategoryOutcome;
import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.contracts.connector.ErasureReceipt;
import org.oubli.contracts.connector.RecordsPage;
import org.oubli.contracts.connector.RecordsQuery;
import org.oubli.demo.connector.testing.DemoSystemClient;
import org.oubli.demo.connector.testing.SubjectMother;
import org.oubli.demo.payments.card.StoredCard;
import org.oubli.demo.payments.customer.BillingAddress;
import org.oubli.demo.payments.customer.Customer;
import org.oubli.demo.payments.invoice.Invoice;
import org.oubli.testsupport.OubliIntegrationTest;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oubli.demo.connector.testing.DemoSystemClient.json;
import static org.oubli.demo.connector.testing.DemoSystemClient.receipt;

/**
 * The connector endpoint against the MongoDB wire server, over real HTTP: invoices kept
 * under legal hold, cards erased, customer anonymised, and a repeat that changes nothing.
 */
@OubliIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=oubli-kit,demo-payments", "spring.mongodb.database=demo-payments-it" })
class PaymentsErasureIT {

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
	void retainsInvoicesErasesCardsAndAnonymisesTheCustomerThenAnswersARepeatWithTheSameReceipt() throws Exception {
		ErasureInstruction instruction = InstructionMother.eraseEverything(SubjectMother.camille());
		List<Invoice> invoicesBefore = invoicesOf("acc-1001");
		assertThat(invoicesBefore).hasSize(3).allSatisfy((invoice) -> assertThat(invoice.legalHold()).isNull());

		HttpResponse<String> response = this.client.erase(instruction.idempotencyKey(), instruction);

		assertThat(response.statusCode()).isEqualTo(200);
		ErasureReceipt receipt = receipt(response);
		assertThat(receipt.requestId()).isEqualTo(instruction.requestId());
		assertThat(receipt.systemId()).isEqualTo("payments");
		assertThat(receipt.idempotencyKey()).isEqualTo(instruction.idempotencyKey());
		assertThat(receipt.outcomes()).containsExactly(
				CategoryOutcome.retained("invoices", InstructionMother.LEGAL_BASIS, InstructionMother.RETAIN_UNTIL, 3),
				CategoryOutcome.erased("stored-cards", 1),
				CategoryOutcome.anonymised("customer-record", "placeholder", 1),
				CategoryOutcome.anonymised("billing-address", "generalise", 1));
		assertThat(response.body()).contains("\"retainedUntil\":\"2036-11-22\"").doesNotContain("Camille", "camille");

		List<Invoice> invoicesAfter = invoicesOf("acc-1001");
		assertThat(invoicesAfter).extracting(Invoice::number)
			.containsExactlyInAnyOrderElementsOf(invoicesBefore.stream().map(Invoice::number).toList());
		assertThat(invoicesAfter).allSatisfy((invoice) -> {
			assertThat(invoice.legalHold().basis()).isEqualTo(InstructionMother.LEGAL_BASIS);
			assertThat(invoice.legalHold().until()).isEqualTo(InstructionMother.RETAIN_UNTIL);
			assertThat(invoice.billedToName()).isEqualTo("Camille Martin");
		});
		assertThat(this.mongo.count(byAccount("acc-1001"), StoredCard.class)).isZero();
		Customer customer = this.mongo.findById("acc-1001", Customer.class);
		assertThat(customer.fullName()).isEqualTo("Utilisateur supprimé");
		assertThat(customer.email()).matches("deleted-[0-9a-f-]{36}@invalid");
		assertThat(customer.phone()).isNull();
		assertThat(customer.billingAddress()).as("street and city gone, département and region kept")
			.isEqualTo(new BillingAddress(null, "69", null, "FR", "Auvergne-Rhône-Alpes"));
		assertThat(customer.anonymisedAt()).isNotNull();
		assertThat(this.mongo.findById("acc-1005", Customer.class).fullName()).isEqualTo("Chloé Laurent");
		assertThat(this.mongo.count(byAccount("acc-1005"), StoredCard.class)).isOne();

		HttpResponse<String> repeat = this.client.erase(instruction.idempotencyKey(), instruction);

		assertThat(repeat.statusCode()).isEqualTo(200);
		assertThat(receipt(repeat)).isEqualTo(receipt);
		assertThat(this.mongo.findById("acc-1001", Customer.class)).isEqualTo(customer);
		assertThat(invoicesOf("acc-1001")).containsExactlyInAnyOrderElementsOf(invoicesAfter);
	}

	@Test
	void refusesToEraseInvoicesWithAProblemAndTouchesNothing() throws Exception {
		ErasureInstruction instruction = InstructionMother.instruction(SubjectMother.lea(),
				List.of(CategoryInstruction.erase("invoices"), CategoryInstruction.erase("stored-cards")));

		HttpResponse<String> response = this.client.erase(instruction.idempotencyKey(), instruction);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(json(response).path("errors").get(0).path("field").asString()).isEqualTo("categories[0].action");
		assertThat(invoicesOf("acc-1003")).hasSize(3);
		assertThat(this.mongo.count(byAccount("acc-1003"), StoredCard.class)).isOne();
	}

	@Test
	void refusesAnUnknownCategoryOrTechnique() throws Exception {
		ErasureInstruction unknownCategory = InstructionMother.instruction(SubjectMother.lea(),
				List.of(CategoryInstruction.erase("bank-accounts")));
		ErasureInstruction unknownTechnique = InstructionMother.instruction(SubjectMother.lea(),
				List.of(CategoryInstruction.anonymise("customer-record", "hashing")));

		HttpResponse<String> category = this.client.erase(unknownCategory.idempotencyKey(), unknownCategory);
		HttpResponse<String> technique = this.client.erase(unknownTechnique.idempotencyKey(), unknownTechnique);

		assertThat(category.statusCode()).isEqualTo(400);
		assertThat(json(category).path("errors").get(0).path("field").asString()).isEqualTo("categories[0].category");
		assertThat(technique.statusCode()).isEqualTo(400);
		assertThat(json(technique).path("errors").get(0).path("field").asString()).isEqualTo("categories[0].technique");
		assertThat(json(technique).path("errors").get(0).path("message").asString())
			.isEqualTo("unknown technique; this system knows placeholder");
		ErasureInstruction otherTechnique = InstructionMother.instruction(SubjectMother.lea(),
				List.of(CategoryInstruction.anonymise("billing-address", "placeholder")));
		HttpResponse<String> other = this.client.erase(otherTechnique.idempotencyKey(), otherTechnique);
		assertThat(other.statusCode()).isEqualTo(400);
		assertThat(json(other).path("errors").get(0).path("message").asString())
			.isEqualTo("unknown technique; this system knows generalise");
		assertThat(this.mongo.findById("acc-1003", Customer.class).billingAddress().street()).isNotNull();
		assertThat(this.mongo.findById("acc-1003", Customer.class).fullName()).isEqualTo("Léa Dubois");
	}

	@Test
	void findsTheSubjectByEmailAloneAndRefusesTheSameKeyForADifferentInstruction() throws Exception {
		ErasureInstruction instruction = InstructionMother.instruction(SubjectMother.lucasByEmailOnly(),
				List.of(CategoryInstruction.erase("stored-cards")));

		HttpResponse<String> response = this.client.erase(instruction.idempotencyKey(), instruction);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(receipt(response).outcomes()).containsExactly(CategoryOutcome.erased("stored-cards", 1));

		ErasureInstruction different = new ErasureInstruction(instruction.requestId(), "payments",
				instruction.idempotencyKey(), instruction.subject(),
				List.of(CategoryInstruction.anonymise("customer-record", "placeholder")));
		HttpResponse<String> conflict = this.client.erase(instruction.idempotencyKey(), different);

		assertThat(conflict.statusCode()).isEqualTo(409);
		assertThat(json(conflict).path("type").asString()).endsWith("/idempotency-key-reused");
		assertThat(this.mongo.findById("acc-1002", Customer.class).fullName()).isEqualTo("Lucas Bernard");
	}

	@Test
	void answersASubjectItDoesNotKnowWithAReceiptOfZeroRecords() throws Exception {
		ErasureInstruction instruction = InstructionMother.eraseEverything(SubjectMother.stranger());

		HttpResponse<String> response = this.client.erase(instruction.idempotencyKey(), instruction);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(receipt(response).outcomes()).containsExactly(
				CategoryOutcome.retained("invoices", InstructionMother.LEGAL_BASIS, InstructionMother.RETAIN_UNTIL, 0),
				CategoryOutcome.erased("stored-cards", 0),
				CategoryOutcome.anonymised("customer-record", "placeholder", 0),
				CategoryOutcome.anonymised("billing-address", "generalise", 0));
	}

	@Test
	void seedsTwoOrThreeInvoicesOfTheLastTwoYearsPerCustomerAndCardsWithoutCardNumbers() {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
		for (String accountId : List.of("acc-1001", "acc-1002", "acc-1003", "acc-1004", "acc-1005")) {
			assertThat(invoicesOf(accountId)).hasSizeBetween(2, 3)
				.allSatisfy((invoice) -> assertThat(invoice.issuedOn()).isBetween(today.minusYears(2), today));
		}
		assertThat(this.mongo.findAll(Document.class, "stored-cards")).isNotEmpty().allSatisfy((card) -> {
			assertThat(card.getString("last4")).matches("\\d{4}");
			assertThat(card.getString("pspToken")).startsWith("pm_");
			assertThat(card.keySet()).doesNotContain("pan", "number", "cvv", "cvc");
		});
	}

	@Test
	void summarisesWhatItHoldsAboutAnAccount() throws Exception {
		HttpResponse<String> response = this.client.summary("acc-1004");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode categories = json(response).path("categories");
		assertThat(categories.path("invoices").asLong()).isEqualTo(2);
		assertThat(categories.path("stored-cards").asLong()).isOne();
		assertThat(categories.path("customer-record").asLong()).isOne();
	}

	private List<Invoice> invoicesOf(String accountId) {
		return this.mongo.find(byAccount(accountId), Invoice.class);
	}

	private static Query byAccount(String accountId) {
		return Query.query(Criteria.where("accountId").is(accountId));
	}

	@Test
	void listsTheCustomerRecordAndItsBillingAddressForAnExport() throws Exception {
		HttpResponse<String> customer = this.client.records(new RecordsQuery(java.util.UUID.randomUUID().toString(),
				"payments", SubjectMother.lea(), "customer-record", null, 10));
		assertThat(customer.statusCode()).as(customer.body()).isEqualTo(200);
		assertThat(org.oubli.kit.events.OubliJson.mapper().readValue(customer.body(), RecordsPage.class).records())
			.singleElement()
			.satisfies((record) -> assertThat(record).containsEntry("_id", "acc-1003").containsKey("fullName"));

		HttpResponse<String> response = this.client.records(new RecordsQuery(java.util.UUID.randomUUID().toString(),
				"payments", SubjectMother.lea(), "billing-address", null, 10));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		RecordsPage page = org.oubli.kit.events.OubliJson.mapper().readValue(response.body(), RecordsPage.class);
		assertThat(page.category()).isEqualTo("billing-address");
		assertThat(page.nextCursor()).isNull();
		assertThat(page.records()).singleElement().satisfies((record) -> {
			assertThat(record).containsOnlyKeys("_id", "billingAddress").containsEntry("_id", "acc-1003");
			assertThat(record.get("billingAddress")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
				.containsKey("street");
		});
	}

}
