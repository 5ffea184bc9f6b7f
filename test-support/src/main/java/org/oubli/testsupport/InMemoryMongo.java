package org.oubli.testsupport;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A MongoDB wire server in memory for one test class, reached through the official
 * driver: {@code @RegisterExtension static InMemoryMongo mongo = new InMemoryMongo();}
 * then {@code mongo.client()}.
 */
public final class InMemoryMongo implements BeforeAllCallback, AfterAllCallback {

	private MongoWireServer server;

	private MongoClient client;

	@Override
	public void beforeAll(ExtensionContext context) {
		this.server = MongoWireServer.inMemory();
		this.client = MongoClients.create(this.server.connectionString());
	}

	@Override
	public void afterAll(ExtensionContext context) {
		this.client.close();
		this.server.close();
	}

	public MongoClient client() {
		return this.client;
	}

}
