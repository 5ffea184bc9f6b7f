package org.oubli.demo.messaging.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.oubli.demo.messaging.message.Message;

/**
 * The demo conversations: five of ten messages, each member in two, writing five messages
 * in each. The one who starts answers a tutoring offer or a classified ad of the other.
 */
final class Conversations {

	private static final List<String> TUTORING = List.of(
			"Bonjour %2$s, j'ai vu votre annonce « %3$s ». Avez-vous encore des disponibilités ?",
			"Bonjour %1$s, oui, j'ai des créneaux le mercredi après-midi et le samedi matin.",
			"Le mercredi serait idéal. C'est pour préparer un examen en juin.",
			"Très bien. On peut commencer par un bilan pour voir les points à travailler.",
			"Les cours se passent chez vous ou à domicile ?",
			"Les deux sont possibles, et aussi en visio si c'est plus simple.",
			"À domicile, ce serait parfait. Quel est le tarif pour une heure et demie ?",
			"Le tarif de l'annonce au prorata, sans frais de déplacement dans le quartier.",
			"D'accord, réservons mercredi prochain à 15 h.", "C'est noté, à mercredi !");

	private static final List<String> CLASSIFIED = List.of(
			"Bonjour %2$s, votre annonce « %3$s » est-elle toujours d'actualité ?",
			"Bonjour %1$s, oui, c'est toujours disponible.", "Super. Le prix est-il négociable ?",
			"Je peux faire un petit geste si vous venez cette semaine.",
			"Parfait. Je peux passer jeudi en fin de journée, vers 18 h ?", "Jeudi 18 h me va très bien.",
			"Vous préférez un virement ou des espèces ?", "Les deux me conviennent.", "Entendu, à jeudi alors. Merci !",
			"Merci à vous, bonne soirée.");

	private record Conversation(String id, DemoPeople.Person starter, DemoPeople.Person owner, List<String> script,
			String subject) {
	}

	private static final List<Conversation> ALL = List.of(
			new Conversation("conv-3001", DemoPeople.LUCAS, DemoPeople.CAMILLE, CLASSIFIED,
					"Vélo de ville, très bon état"),
			new Conversation("conv-3002", DemoPeople.LEA, DemoPeople.LUCAS, TUTORING,
					"Soutien en physique-chimie, prépa bac"),
			new Conversation("conv-3003", DemoPeople.HUGO, DemoPeople.LEA, TUTORING, "Cours d'anglais, tous niveaux"),
			new Conversation("conv-3004", DemoPeople.CHLOE, DemoPeople.HUGO, CLASSIFIED, "Guitare classique et housse"),
			new Conversation("conv-3005", DemoPeople.CAMILLE, DemoPeople.CHLOE, TUTORING,
					"Aide aux devoirs, école primaire"));

	private Conversations() {
	}

	static List<Message> messages(Instant now) {
		List<Message> messages = new ArrayList<>();
		for (int c = 0; c < ALL.size(); c++) {
			Conversation conversation = ALL.get(c);
			Instant start = now.minus(Duration.ofDays(30L + 7L * c));
			for (int k = 0; k < conversation.script().size(); k++) {
				boolean starterSpeaks = k % 2 == 0;
				DemoPeople.Person sender = starterSpeaks ? conversation.starter() : conversation.owner();
				DemoPeople.Person recipient = starterSpeaks ? conversation.owner() : conversation.starter();
				String body = String.format(conversation.script().get(k), conversation.starter().firstName(),
						conversation.owner().firstName(), conversation.subject());
				messages.add(new Message(conversation.id() + "-" + String.format("%02d", k + 1), conversation.id(),
						sender.accountId(), recipient.accountId(), body,
						start.plus(Duration.ofMinutes(95L * k + 3L * c))));
			}
		}
		return messages;
	}

}
