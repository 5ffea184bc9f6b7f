package org.oubli.demo.payments.demo;

import java.util.List;

import org.oubli.demo.payments.customer.BillingAddress;

/**
 * The five demo people, the same in all three demo systems. Addresses are under
 * {@code example.fr}, phone numbers in the range ARCEP keeps for fiction.
 */
final class DemoPeople {

	/** One demo person as a customer. */
	record Person(String accountId, String email, String fullName, String phone, BillingAddress address) {

		@Override
		public String toString() {
			return "Person[" + this.accountId + ", redacted]";
		}

	}

	static final List<Person> ALL = List.of(
			new Person("acc-1001", "camille.martin@example.fr", "Camille Martin", "+33 6 39 98 10 01",
					new BillingAddress("12 rue de la République", "69002", "Lyon", "FR", null)),
			new Person("acc-1002", "lucas.bernard@example.fr", "Lucas Bernard", "+33 6 39 98 10 02",
					new BillingAddress("8 rue des Martyrs", "75009", "Paris", "FR", null)),
			new Person("acc-1003", "lea.dubois@example.fr", "Léa Dubois", "+33 6 39 98 10 03",
					new BillingAddress("27 boulevard Longchamp", "13001", "Marseille", "FR", null)),
			new Person("acc-1004", "hugo.moreau@example.fr", "Hugo Moreau", "+33 6 39 98 10 04",
					new BillingAddress("5 rue du Taur", "31000", "Toulouse", "FR", null)),
			new Person("acc-1005", "chloe.laurent@example.fr", "Chloé Laurent", "+33 6 39 98 10 05",
					new BillingAddress("14 rue Crébillon", "44000", "Nantes", "FR", null)));

	private DemoPeople() {
	}

}
