package org.oubli.demo.messaging.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.oubli.demo.connector.demodata.DemoData;
import org.oubli.demo.messaging.chat.ChatLog;
import org.oubli.demo.messaging.chat.ChatLog.Line;
import org.oubli.demo.messaging.chat.ChatLog.Speaker;
import org.oubli.demo.messaging.member.Member;
import org.oubli.demo.messaging.message.Message;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The five demo people as members, with their conversations and support chats, and the
 * indexes the messaging's queries need.
 */
@Component
class MessagingDemoData implements DemoData {

	private static final String AGENT = "Sarah, support";

	/** A support question and the agent's answer. */
	private record Topic(String question, String answer, String thanks) {
	}

	private static final List<Topic> TOPICS = List.of(
			new Topic("Bonjour, je n'arrive pas à changer ma photo de profil.",
					"Bonjour ! Essayez depuis Mon compte > Photo, au format JPEG de moins de 5 Mo.",
					"Ça a marché, merci beaucoup !"),
			new Topic("Bonjour, comment supprimer une annonce qui n'est plus d'actualité ?",
					"Bonjour ! Dans Mes annonces, cliquez sur les trois points puis sur Supprimer.",
					"Parfait, merci pour votre aide."),
			new Topic("Bonjour, j'ai une question sur ma dernière facture.",
					"Bonjour ! Vos factures sont dans Mon compte > Paiements ; je vous en renvoie une copie.",
					"Merci, c'est bien reçu."));

	private final String historyAccountId;

	private final int historyMessages;

	/**
	 * The demo data.
	 * @param historyAccountId the member with a long history
	 * ({@code demo.history.account-id}, default {@code acc-1005})
	 * @param historyMessages how many messages that history holds
	 * ({@code demo.history.messages}, default 0)
	 */
	MessagingDemoData(@Value("${demo.history.account-id:acc-1005}") String historyAccountId,
			@Value("${demo.history.messages:0}") int historyMessages) {
		this.historyAccountId = historyAccountId;
		this.historyMessages = historyMessages;
	}

	@Override
	public List<IndexedField> indexes() {
		return List.of(new IndexedField(Member.class, "email"), new IndexedField(Message.class, "senderAccountId"),
				new IndexedField(Message.class, "conversationId"), new IndexedField(ChatLog.class, "accountId"));
	}

	@Override
	public Class<?> people() {
		return Member.class;
	}

	@Override
	public List<List<?>> records(Instant now) {
		List<Member> members = new ArrayList<>();
		List<ChatLog> chats = new ArrayList<>();
		for (int i = 0; i < DemoPeople.ALL.size(); i++) {
			DemoPeople.Person person = DemoPeople.ALL.get(i);
			members.add(new Member(person.accountId(), person.email(), person.displayName(),
					now.minus(Duration.ofDays(200L + 15L * i))));
			int count = (i == 0) ? 2 : 1;
			for (int k = 0; k < count; k++) {
				chats.add(chat(person, i, k, now.minus(Duration.ofDays(5L + 11L * i + 23L * k))));
			}
		}
		List<Message> history = DemoPeople.ALL.stream()
			.filter((person) -> person.accountId().equals(this.historyAccountId))
			.findFirst()
			.map((person) -> History.messages(person, this.historyMessages))
			.orElse(List.of());
		return List.of(members, Conversations.messages(now), history, chats);
	}

	private static ChatLog chat(DemoPeople.Person person, int i, int k, Instant startedAt) {
		Topic topic = TOPICS.get((i + k) % TOPICS.size());
		List<Line> lines = List.of(new Line(Speaker.VISITOR, startedAt, topic.question()),
				new Line(Speaker.AGENT, startedAt.plusSeconds(45), topic.answer()),
				new Line(Speaker.VISITOR, startedAt.plusSeconds(160), topic.thanks()),
				new Line(Speaker.AGENT, startedAt.plusSeconds(190), "Avec plaisir, belle journée !"));
		return new ChatLog("chat-" + person.accountId() + "-" + (k + 1), person.accountId(), person.firstName(),
				person.email(), AGENT, startedAt, lines);
	}

}
