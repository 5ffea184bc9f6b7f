package org.oubli.testsupport;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The dev stack's MongoDB: file-backed, answers the driver's {@code hello}. */
class MongoWireServerTest {

	@Test
	void aFileBackedServerKeepsItsDataAcrossARestart(@TempDir Path dir) {
		Path file = dir.resolve("data/mongo.mv");
		try (MongoWireServer server = MongoWireServer.fileBacked(file, 0);
				MongoClient client = MongoClients.create(server.connectionString())) {
			client.getDatabase("oubli-intake")
				.getCollection("cases")
				.insertOne(new Document("_id", "r-1").append("status", "COMPLETED"));
		}
		try (MongoWireServer server = MongoWireServer.fileBacked(file, 0);
				MongoClient client = MongoClients.create(server.connectionString())) {
			Document found = client.getDatabase("oubli-intake")
				.getCollection("cases")
				.find(new Document("_id", "r-1"))
				.first();
			assertThat(found).isNotNull();
			assertThat(found.getString("status")).isEqualTo("COMPLETED");
		}
	}

	@Test
	void answersHelloLikeAWritablePrimary() {
		try (MongoWireServer server = MongoWireServer.inMemory();
				MongoClient client = MongoClients.create(server.connectionString())) {
			Document hello = client.getDatabase("admin").runCommand(new Document("hello", 1));
			assertThat(hello.getBoolean("isWritablePrimary")).isTrue();
		}
	}

}
