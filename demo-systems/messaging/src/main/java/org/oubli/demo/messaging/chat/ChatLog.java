package org.oubli.demo.messaging.chat;

import java.time.Instant;
import java.util.List;

import org.oubli.contracts.PersonalData;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The transcript of one support chat with a member: the {@code chat-logs} category.
 *
 * @param id the chat id
 * @param accountId the member who asked
 * @param visitorName the name the member gave in the chat
 * @param visitorEmail the address the member gave in the chat
 * @param agentName the support agent
 * @param startedAt when the chat began
 * @param lines what was said
 */
@Document(ChatLog.COLLECTION)
public record ChatLog(@Id String id, String accountId, @PersonalData String visitorName,
		@PersonalData String visitorEmail, String agentName, Instant startedAt, List<Line> lines) {

	/** The collection. */
	public static final String COLLECTION = "chat-logs";

	/** Who said a line. */
	public enum Speaker {

		VISITOR, AGENT

	}

	/**
	 * One line of the chat.
	 *
	 * @param speaker who
	 * @param at when
	 * @param text what
	 */
	public record Line(Speaker speaker, Instant at, @PersonalData String text) {

		@Override
		public String toString() {
			return "Line[" + this.speaker + ", redacted]";
		}

	}

	@Override
	public String toString() {
		return "ChatLog[" + this.id + ", redacted]";
	}

}
