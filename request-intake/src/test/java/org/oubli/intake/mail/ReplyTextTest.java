package org.oubli.intake.mail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyTextTest {

	@Test
	void keepsOnlyWhatWasWrittenNow() {
		assertThat(ReplyText.newText("Yes please.\n\n-----Original Message-----\nFrom: x\nDelete?"))
			.isEqualTo("Yes please.");
		assertThat(ReplyText.newText("Oui.\n\n-------- Message d'origine --------\nDe : x")).isEqualTo("Oui.");
		assertThat(ReplyText.newText("Oui.\n> ancien\n> texte\nMerci")).isEqualTo("Oui.\nMerci");
		assertThat(ReplyText.newText("Hello\n--\nJohn\nCEO")).isEqualTo("Hello");
		assertThat(ReplyText.newText("Hello\r\nSent from my iPhone\r\n")).isEqualTo("Hello");
		assertThat(
				ReplyText.newText("Bonjour\n\nLe 3 nov. 2026 à 10:00, Oubli <privacy@oubli.localhost> a écrit :\n> x"))
			.isEqualTo("Bonjour");
	}

	@Test
	void aFromLineAloneIsNotAReplyHeader() {
		assertThat(ReplyText.newText("From: my old account I moved to a new one.\nPlease delete the old one."))
			.contains("Please delete the old one.");
	}

	@Test
	void findsCaseReferencesInSubjectFirst() {
		assertThat(CaseReference.candidates("Re: [Oubli 6F1C2B7A-0D4E-4B6A-9C3D-1E2F3A4B5C6D]",
				"quoted 11111111-2222-3333-4444-555555555555"))
			.containsExactly("6f1c2b7a-0d4e-4b6a-9c3d-1e2f3a4b5c6d", "11111111-2222-3333-4444-555555555555");
	}

}
