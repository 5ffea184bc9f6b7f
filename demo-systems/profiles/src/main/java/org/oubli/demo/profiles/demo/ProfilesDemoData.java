package org.oubli.demo.profiles.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.oubli.demo.connector.demodata.DemoData;
import org.oubli.demo.profiles.account.ConnectionLog;
import org.oubli.demo.profiles.account.Profile;
import org.oubli.demo.profiles.listing.Listing;
import org.oubli.demo.profiles.listing.Listing.Kind;

import org.springframework.stereotype.Component;

/**
 * The five demo people with their listings and connection logs, and the indexes the
 * profiles' queries need.
 */
@Component
class ProfilesDemoData implements DemoData {

	private static final String[] USER_AGENTS = {
			"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
			"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
			"Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0" };

	@Override
	public List<IndexedField> indexes() {
		return List.of(new IndexedField(Profile.class, "email"), new IndexedField(Listing.class, "accountId"),
				new IndexedField(ConnectionLog.class, "accountId"));
	}

	@Override
	public Class<?> people() {
		return Profile.class;
	}

	@Override
	public List<List<?>> records(Instant now) {
		List<Profile> profiles = new ArrayList<>();
		List<ConnectionLog> logs = new ArrayList<>();
		for (int i = 0; i < DemoPeople.ALL.size(); i++) {
			DemoPeople.Person person = DemoPeople.ALL.get(i);
			profiles.add(new Profile(person.accountId(), person.email(), person.civility(), person.firstName(),
					person.lastName(), person.phone(), person.city(),
					"https://cdn.profiles.example.fr/photos/" + person.accountId() + ".jpg",
					now.minus(Duration.ofDays(420L + 75L * i))));
			for (int k = 0; k < 4; k++) {
				logs.add(new ConnectionLog(person.accountId() + "-login-" + (k + 1), person.accountId(),
						now.minus(Duration.ofDays(2L + 9L * k + i)).minus(Duration.ofMinutes(37L * k)),
						(k < 3) ? "203.0.113." + (10 * (i + 1) + k) : "2001:db8:" + (100 + i) + ":4a2::" + (k + 1),
						USER_AGENTS[(i + k) % USER_AGENTS.length]));
			}
		}
		return List.of(profiles, logs, listings(now));
	}

	private static List<Listing> listings(Instant now) {
		return List.of(
				listing("lst-2001", "acc-1001", Kind.TUTORING, "Cours de mathématiques, collège et lycée",
						"Professeure certifiée, je propose des cours de maths à domicile ou en visio. "
								+ "Méthodologie, préparation au brevet et au bac.",
						"Lyon", 2500, now, 120),
				listing("lst-2002", "acc-1001", Kind.CLASSIFIED, "Vélo de ville, très bon état",
						"Vélo de ville 28 pouces, 7 vitesses, panier avant. Révisé au printemps.", "Lyon", 12000, now,
						35),
				listing("lst-2003", "acc-1002", Kind.TUTORING, "Soutien en physique-chimie, prépa bac",
						"Étudiant en école d'ingénieurs, j'aide les lycéens en physique-chimie. "
								+ "Exercices corrigés et annales.",
						"Paris", 3000, now, 200),
				listing("lst-2004", "acc-1002", Kind.CLASSIFIED, "Lot de romans policiers",
						"Une trentaine de romans policiers en poche, à récupérer sur place.", "Paris", 1500, now, 12),
				listing("lst-2005", "acc-1003", Kind.TUTORING, "Cours d'anglais, tous niveaux",
						"Bilingue, je donne des cours d'anglais et de conversation, préparation au TOEIC.", "Marseille",
						2800, now, 90),
				listing("lst-2006", "acc-1004", Kind.TUTORING, "Initiation à la guitare",
						"Cours de guitare pour débutants : accords, rythmique, premiers morceaux.", "Toulouse", 2000,
						now, 150),
				listing("lst-2007", "acc-1004", Kind.CLASSIFIED, "Guitare classique et housse",
						"Guitare classique taille 4/4 avec housse rembourrée, cordes neuves.", "Toulouse", 9000, now,
						20),
				listing("lst-2008", "acc-1004", Kind.CLASSIFIED, "Ampli guitare 20 W",
						"Petit ampli d'entraînement 20 W, casque possible, parfait état.", "Toulouse", 7000, now, 8),
				listing("lst-2009", "acc-1005", Kind.TUTORING, "Aide aux devoirs, école primaire",
						"Maman de deux enfants et ancienne animatrice, j'accompagne les enfants du CP au CM2.",
						"Nantes", 1800, now, 60));
	}

	private static Listing listing(String id, String accountId, Kind kind, String title, String description,
			String city, long priceCents, Instant now, long daysAgo) {
		return new Listing(id, accountId, kind, title, description, city, priceCents,
				now.minus(Duration.ofDays(daysAgo)));
	}

}
