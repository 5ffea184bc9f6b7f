package org.oubli.demo.messaging.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.demo.messaging.chat.ChatLog;
import org.oubli.demo.messaging.chat.ChatLog.Line;
import org.oubli.demo.messaging.chat.ChatLog.Speaker;
import org.oubli.demo.messaging.member.Member;
import org.oubli.demo.messaging.message.Message;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Creates the indexes and, when there is no member at all, the five demo people with
 * their conversations and support chats.
 */
@Component
class DemoDataSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

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

	private final MongoTemplate mongo;

	private final Clock clock;

	DemoDataSeeder(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.mongo.indexOps(Member.class).createIndex(new Index().on("email", Direction.ASC));
		this.mongo.indexOps(Message.class).createIndex(new Index().on("senderAccountId", Direction.ASC));
		this.mongo.indexOps(Message.class).createIndex(new Index().on("conversationId", Direction.ASC));
		this.mongo.indexOps(ChatLog.class).createIndex(new Index().on("accountId", Direction.ASC));
		if (this.mongo.count(new Query(), Member.class) > 0) {
			return;
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
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
		List<Message> messages = Conversations.messages(now);
		this.mongo.insertAll(members);
		this.mongo.insertAll(messages);
		this.mongo.insertAll(chats);
		log.info("Seeded {} demo members, {} messages, {} support chats", members.size(), messages.size(),
				chats.size());
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
