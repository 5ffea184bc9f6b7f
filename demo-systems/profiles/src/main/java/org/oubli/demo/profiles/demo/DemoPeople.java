package org.oubli.demo.profiles.demo;

import java.util.List;

/**
 * The five demo people, the same in all three demo systems. Addresses are under
 * {@code example.fr}, phone numbers in the range ARCEP keeps for fiction.
 */
final class DemoPeople {

	/** One demo person. */
	record Person(String accountId, String email, String civility, String firstName, String lastName, String phone,
			String city) {

		@Override
		public String toString() {
			return "Person[" + this.accountId + ", redacted]";
		}

	}

	static final List<Person> ALL = List.of(
			new Person("acc-1001", "camille.martin@example.fr", "Mme", "Camille", "Martin", "+33 6 39 98 10 01",
					"Lyon"),
			new Person("acc-1002", "lucas.bernard@example.fr", "M.", "Lucas", "Bernard", "+33 6 39 98 10 02", "Paris"),
			new Person("acc-1003", "lea.dubois@example.fr", "Mme", "Léa", "Dubois", "+33 6 39 98 10 03", "Marseille"),
			new Person("acc-1004", "hugo.moreau@example.fr", "M.", "Hugo", "Moreau", "+33 6 39 98 10 04", "Toulouse"),
			new Person("acc-1005", "chloe.laurent@example.fr", "Mme", "Chloé", "Laurent", "+33 6 39 98 10 05",
					"Nantes"));

	private DemoPeople() {
	}

}
