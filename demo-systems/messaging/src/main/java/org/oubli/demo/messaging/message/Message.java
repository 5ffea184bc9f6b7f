package org.oubli.demo.messaging.message;

import java.time.Instant;

import org.oubli.contracts.PersonalData;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One message of a conversation between two members: the {@code messages} category of its
 * sender.
 *
 * @param id the message id
 * @param conversationId the conversation
 * @param senderAccountId who wrote it
 * @param recipientAccountId who it was sent to
 * @param body the text
 * @param sentAt when
 */
@Document(Message.COLLECTION)
public record Message(@Id String id, String conversationId, String senderAccountId, String recipientAccountId,
		@PersonalData String body, Instant sentAt) {

	/** The collection. */
	public static final String COLLECTION = "messages";

	@Override
	public String toString() {
		return "Message[" + this.id + ", redacted]";
	}

}
