package org.oubli.demo.messaging.dsar;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.oubli.contracts.connector.RecordsPage;
import org.oubli.contracts.connector.RecordsQuery;
import org.oubli.contracts.subject.SubjectIdentifiers;
import org.oubli.demo.connector.testing.DemoSystemClient;
import org.oubli.demo.connector.testing.SubjectMother;
import org.oubli.kit.events.OubliJson;
import org.oubli.testsupport.OubliIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /dsar/v1/records} on messaging over real HTTP: the long history of the demo
 * member pages through every message once, and bad queries are refused without echo.
 */
@OubliIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=oubli-kit,demo-messaging", "spring.mongodb.database=demo-messaging-it" })
class MessagingRecordsIT {

	/** The member with the long history (demo.history.account-id). */
	private static final SubjectIdentifiers CHLOE = new SubjectIdentifiers(
			org.oubli.contracts.subject.EmailAddress.of("chloe.laurent@example.fr"), "acc-1005");

	@LocalServerPort
	private int port;

	@Autowired
	private MongoTemplate mongo;

	@Test
	void theLongHistoryPagesThroughEveryMessageOnce() throws Exception {
		DemoSystemClient client = new DemoSystemClient(this.port);
		String requestId = UUID.randomUUID().toString();
		long held = this.mongo.getCollection("messages")
			.countDocuments(new org.bson.Document("senderAccountId", "acc-1005"));
		assertThat(held).isGreaterThan(5000);
		Set<Object> ids = new HashSet<>();
		String cursor = null;
		int pages = 0;
		do {
			RecordsPage page = page(
					client.records(new RecordsQuery(requestId, "messaging", CHLOE, "messages", cursor, 1000)));
			assertThat(page.requestId()).isEqualTo(requestId);
			assertThat(page.system()).isEqualTo("messaging");
			assertThat(page.category()).isEqualTo("messages");
			assertThat(page.records()).hasSizeLessThanOrEqualTo(1000);
			page.records().forEach((record) -> {
				assertThat(record.get("senderAccountId")).isEqualTo("acc-1005");
				assertThat(record).doesNotContainKey("_class");
				assertThat(ids.add(record.get("_id"))).isTrue();
			});
			cursor = page.nextCursor();
			pages++;
		}
		while (cursor != null);

		assertThat(ids).hasSize((int) held);
		assertThat(pages).isGreaterThanOrEqualTo(6);
	}

	@Test
	void aSubjectThisSystemDoesNotKnowGetsAnEmptyLastPage() throws Exception {
		RecordsPage page = page(new DemoSystemClient(this.port).records(new RecordsQuery(UUID.randomUUID().toString(),
				"messaging", SubjectMother.stranger(), "chat-logs", null, 10)));

		assertThat(page.records()).isEmpty();
		assertThat(page.nextCursor()).isNull();
	}

	@Test
	void badQueriesAreRefusedWithoutEchoingTheSubject() throws Exception {
		DemoSystemClient client = new DemoSystemClient(this.port);
		SubjectIdentifiers lucas = SubjectMother.lucas();
		String id = UUID.randomUUID().toString();
		List<RecordsQuery> bad = List.of(new RecordsQuery(id, "profiles", lucas, "messages", null, 10),
				new RecordsQuery(id, "messaging", lucas, "invoices", null, 10),
				new RecordsQuery(id, "messaging", lucas, "messages", null, 0),
				new RecordsQuery(id, "messaging", lucas, "messages", null, 100_000),
				new RecordsQuery(id, "messaging", lucas, "messages", "lucas.bernard@example.fr", 10));
		for (RecordsQuery query : bad) {
			HttpResponse<String> response = client.records(query);
			assertThat(response.statusCode()).as(query.system() + " " + query.category()).isEqualTo(400);
			assertThat(response.body()).doesNotContain("lucas").doesNotContain("acc-1002");
		}
	}

	private static RecordsPage page(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		return OubliJson.mapper().readValue(response.body(), RecordsPage.class);
	}

}
