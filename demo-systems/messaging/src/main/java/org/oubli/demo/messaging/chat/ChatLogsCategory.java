package org.oubli.demo.messaging.chat;

import org.oubli.demo.connector.AccountDocumentsCategory;

import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** {@code chat-logs}: every support chat transcript of the accounts is erased. */
@Component
@Order(20)
class ChatLogsCategory extends AccountDocumentsCategory {

	ChatLogsCategory(MongoTemplate mongo) {
		super(mongo, "chat-logs", ChatLog.class);
	}

}
