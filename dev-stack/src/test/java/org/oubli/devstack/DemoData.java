package org.oubli.devstack;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.bson.conversions.Bson;

/** Reads the demo systems' own databases, as their owners would. */
final class DemoData implements AutoCloseable {

	private final MongoClient client;

	DemoData(String mongoUri) {
		this.client = MongoClients.create(mongoUri);
	}

	MongoCollection<Document> collection(String database, String collection) {
		return this.client.getDatabase(database).getCollection(collection);
	}

	long count(String database, String collection, Bson filter) {
		return collection(database, collection).countDocuments(filter);
	}

	@Override
	public void close() {
		this.client.close();
	}

}
