package org.oubli.testsupport;

import de.bwaldvogel.mongo.bson.Document;

/**
 * mongo-java-server knows {@code isMaster} but not its successor {@code hello}, which the
 * driver's health check sends. Answers {@code hello} from {@code isMaster}.
 */
final class HelloCommand {

	private HelloCommand() {
	}

	static boolean isHello(String command) {
		return "hello".equalsIgnoreCase(command);
	}

	static Document fromIsMaster(Document isMaster) {
		Document hello = new Document(isMaster);
		hello.put("isWritablePrimary", Boolean.TRUE);
		return hello;
	}

}
