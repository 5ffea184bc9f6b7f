package org.oubli.demo.payments.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.oubli.demo.connector.demodata.DemoData;
import org.oubli.demo.payments.card.StoredCard;
import org.oubli.demo.payments.customer.Customer;
import org.oubli.demo.payments.invoice.Invoice;

import org.springframework.stereotype.Component;

/**
 * The five demo people as customers, with two or three invoices each (spread over the
 * last two years) and one stored card, and the indexes the payments' queries need.
 */
@Component
class PaymentsDemoData implements DemoData {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	/** What the platform sells: label and price in cents, VAT included. */
	private record Product(String label, long amountCents) {
	}

	private static final List<Product> PRODUCTS = List.of(new Product("Abonnement Premium, 12 mois", 5990),
			new Product("Mise en avant d'une annonce, 7 jours", 490), new Product("Pack 5 annonces", 1290),
			new Product("Vérification de profil", 990));

	private static final String[] BRANDS = { "CB", "VISA", "MASTERCARD", "VISA", "CB" };

	private static final String[] LAST4 = { "4242", "4444", "1117", "0005", "3220" };

	@Override
	public List<IndexedField> indexes() {
		return List.of(new IndexedField(Customer.class, "email"), new IndexedField(Invoice.class, "accountId"),
				new IndexedField(StoredCard.class, "accountId"));
	}

	@Override
	public Class<?> people() {
		return Customer.class;
	}

	@Override
	public List<List<?>> records(Instant now) {
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
		return List.of(customers, invoices, cards);
	}

}
