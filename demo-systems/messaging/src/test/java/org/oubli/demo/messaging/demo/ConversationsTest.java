package org.oubli.demo.messaging.demo;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.oubli.demo.messaging.message.Message;

import static org.assertj.core.api.Assertions.assertThat;

class ConversationsTest {

	private final List<Message> messages = Conversations.messages(Instant.parse("2026-11-22T10:00:00Z"));

	@Test
	void everyMemberWritesTenMessagesInTwoConversations() {
		Map<String, Long> sent = this.messages.stream()
			.collect(Collectors.groupingBy(Message::senderAccountId, Collectors.counting()));

		assertThat(sent).containsOnlyKeys("acc-1001", "acc-1002", "acc-1003", "acc-1004", "acc-1005")
			.allSatisfy((accountId, count) -> assertThat(count).isEqualTo(10));
		assertThat(this.messages)
			.allSatisfy((message) -> assertThat(message.senderAccountId()).isNotEqualTo(message.recipientAccountId()));
	}

	@Test
	void conversationsAlternateBetweenTwoMembersInTimeOrder() {
		Map<String, List<Message>> byConversation = this.messages.stream()
			.collect(Collectors.groupingBy(Message::conversationId));

		assertThat(byConversation).hasSize(5).allSatisfy((id, conversation) -> {
			assertThat(conversation).hasSize(10);
			for (int k = 1; k < conversation.size(); k++) {
				assertThat(conversation.get(k).senderAccountId())
					.isEqualTo(conversation.get(k - 1).recipientAccountId());
				assertThat(conversation.get(k).sentAt()).isAfter(conversation.get(k - 1).sentAt());
			}
		});
		assertThat(this.messages).noneMatch((message) -> message.body().contains("%"));
	}

}
