package org.oubli.demo.messaging.demo;

import java.util.List;

/** The five demo people, the same in all three demo systems. */
final class DemoPeople {

	/** One demo person as a member. */
	record Person(String accountId, String email, String firstName, String displayName) {

		@Override
		public String toString() {
			return "Person[" + this.accountId + ", redacted]";
		}

	}

	static final Person CAMILLE = new Person("acc-1001", "camille.martin@example.fr", "Camille", "Camille M.");

	static final Person LUCAS = new Person("acc-1002", "lucas.bernard@example.fr", "Lucas", "Lucas B.");

	static final Person LEA = new Person("acc-1003", "lea.dubois@example.fr", "Léa", "Léa D.");

	static final Person HUGO = new Person("acc-1004", "hugo.moreau@example.fr", "Hugo", "Hugo M.");

	static final Person CHLOE = new Person("acc-1005", "chloe.laurent@example.fr", "Chloé", "Chloé L.");

	static final List<Person> ALL = List.of(CAMILLE, LUCAS, LEA, HUGO, CHLOE);

	private DemoPeople() {
	}

}
