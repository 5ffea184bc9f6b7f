package org.oubli.demo.payments.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.demo.payments.card.StoredCard;
import org.oubli.demo.payments.customer.Customer;
import org.oubli.demo.payments.invoice.Invoice;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Creates the indexes and, when there is no customer at all, the five demo people with
 * two or three invoices each (spread over the last two years) and one stored card.
 */
@Component
class DemoDataSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	/** What the platform sells: label and price in cents, VAT included. */
	private record Product(String label, long amountCents) {
	}

	private static final List<Product> PRODUCTS = List.of(new Product("Abonnement Premium, 12 mois", 5990),
			new Product("Mise en avant d'une annonce, 7 jours", 490), new Product("Pack 5 annonces", 1290),
			new Product("Vérification de profil", 990));

	private static final String[] BRANDS = { "CB", "VISA", "MASTERCARD", "VISA", "CB" };

	private static final String[] LAST4 = { "4242", "4444", "1117", "0005", "3220" };

	private final MongoTemplate mongo;

	private final Clock clock;

	DemoDataSeeder(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.mongo.indexOps(Customer.class).createIndex(new Index().on("email", Direction.ASC));
		this.mongo.indexOps(Invoice.class).createIndex(new Index().on("accountId", Direction.ASC));
		this.mongo.indexOps(StoredCard.class).createIndex(new Index().on("accountId", Direction.ASC));
		if (this.mongo.count(new Query(), Customer.class) > 0) {
			return;
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		LocalDate today = LocalDate.ofInstant(now, PARIS);
		List<Customer> customers = new ArrayList<>();
		List<Invoice> invoices = new ArrayList<>();
		List<StoredCard> cards = new ArrayList<>();
		int sequence = 1;
		for (int i = 0; i < DemoPeople.ALL.size(); i++) {
			DemoPeople.Person person = DemoPeople.ALL.get(i);
			customers.add(new Customer(person.accountId(), person.email(), person.fullName(), person.phone(),
					person.address(), now.minus(Duration.ofDays(720L + 10L * i)), null));
			int count = (i % 2 == 0) ? 3 : 2;
			for (int k = 0; k < count; k++) {
				LocalDate issuedOn = today.minusDays(700L - 310L * k - 17L * i);
				Product product = PRODUCTS.get((i + k) % PRODUCTS.size());
				invoices.add(new Invoice("FA-" + issuedOn.getYear() + "-" + String.format("%05d", sequence++),
						person.accountId(), issuedOn, product.label(), product.amountCents(), "EUR", person.fullName(),
						person.address(), null));
			}
			cards.add(new StoredCard("card-" + person.accountId(), person.accountId(),
					"pm_demo_" + person.accountId().replace("-", ""), BRANDS[i], LAST4[i], 1 + (3 * i) % 12,
					today.getYear() + 1 + (i % 3), now.minus(Duration.ofDays(300L + 20L * i))));
		}
		this.mongo.insertAll(customers);
		this.mongo.insertAll(invoices);
		this.mongo.insertAll(cards);
		log.info("Seeded {} demo customers, {} invoices, {} stored cards", customers.size(), invoices.size(),
				cards.size());
	}

}
