package org.oubli.demo.messaging.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.oubli.demo.messaging.message.Message;

/**
 * A long message history for one demo member, so that exports really page: every message
 * is written by that member, to the other four in turn, in one conversation per
 * correspondent. Deterministic: the same count gives the same messages (ids, bodies,
 * times), whatever the day.
 */
final class History {

	static final Instant START = Instant.parse("2025-01-06T08:00:00Z");

	private static final List<String> LINES = List.of("Bonjour %s, merci pour votre message n°%d.",
			"Je vous confirme le rendez-vous, à bientôt (%s, message %d).",
			"Pouvez-vous me renvoyer le lien de l'annonce ? (%s, %d)",
			"C'est noté %s, je reviens vers vous demain. Réf. %d", "Parfait, merci %s ! Bonne journée. (%d)");

	private History() {
	}

	static List<Message> messages(DemoPeople.Person writer, int count) {
		List<DemoPeople.Person> others = DemoPeople.ALL.stream()
			.filter((person) -> !person.accountId().equals(writer.accountId()))
			.toList();
		List<Message> messages = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			DemoPeople.Person to = others.get(i % others.size());
			String conversation = "conv-history-" + writer.accountId() + "-" + to.accountId();
			String body = String.format(LINES.get(i % LINES.size()), to.firstName(), i + 1);
			messages.add(new Message(String.format("%s-%07d", conversation, i + 1), conversation, writer.accountId(),
					to.accountId(), body, START.plus(Duration.ofMinutes(7L * i))));
		}
		return messages;
	}

}
