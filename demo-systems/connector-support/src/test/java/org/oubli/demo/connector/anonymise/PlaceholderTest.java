package org.oubli.demo.connector.anonymise;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceholderTest {

	@Test
	void eachFieldTypeHasOneFixedToken() {
		assertThat(Placeholder.NAME.token()).isEqualTo("Utilisateur supprimé");
		assertThat(Placeholder.values()).extracting(Placeholder::token).doesNotHaveDuplicates().doesNotContainNull();
	}

	@Test
	void anEmailPlaceholderIsUniqueAndUndeliverable() {
		String one = Placeholder.email();
		String other = Placeholder.email();

		assertThat(one).matches("deleted-[0-9a-f-]{36}@invalid").isNotEqualTo(other);
		assertThat(Placeholder.isPlaceholderEmail(one)).isTrue();
		assertThat(Placeholder.isPlaceholderEmail("camille.martin@example.fr")).isFalse();
		assertThat(Placeholder.isPlaceholderEmail(null)).isFalse();
	}

}
