package org.oubli.intake.triage;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.subject.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RequestClassifierTest {

	private final RequestClassifier classifier = new RequestClassifier();

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Je souhaite supprimer mon compte.                              | ERASURE
			je souhaite supprimer mon compte                               | ERASURE
			Merci de supprimer définitivement mon compte client            | ERASURE
			J'exerce mon droit d'accès.                                    | ACCESS
			J'exerce mon droit d’accès.                                    | ACCESS
			Je demande la portabilité de mes données.                      | PORTABILITY
			Please delete my data.                                         | ERASURE
			STOP MARKETING                                                 | OBJECTION
			stop marketing                                                 | OBJECTION
			Désabonnement                                                  | OBJECTION
			Je ne souhaite plus recevoir vos mails.                        | OBJECTION
			I no longer want to receive your newsletter.                   | OBJECTION
			Please unsubscribe me.                                         | OBJECTION
			Merci de rectifier mon nom de famille.                         | RECTIFICATION
			Je demande la limitation du traitement de mes données.         | RESTRICTION
			I object to the processing of my data for profiling.           | OBJECTION
			Supprimez mes donnees svp                                      | ERASURE
			""")
	void placesClearRequests(String text, RequestType expected) {
		Classification classification = this.classifier.classify(text, null);
		assertThat(classification.confident()).as(classification.reasons().toString()).isTrue();
		assertThat(classification.types()).containsExactly(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Comment supprimer mon compte ?
			How do I delete my account?
			Je ne veux pas que vous supprimiez mon compte.
			Please do not delete my account, I still use it.
			Don't delete my data!
			Si vous ne répondez pas, je demanderai la suppression de mon compte.
			If this happens again I will ask you to delete my account.
			Bonjour, quels sont vos horaires ?
			Merci pour votre réponse rapide.
			Your order has shipped.
			""")
	void sendsEverythingElseToTriage(String text) {
		Classification classification = this.classifier.classify(text, null);
		assertThat(classification.confident()).isFalse();
		assertThat(classification.reasons()).isNotEmpty();
	}

	@Test
	void mixedRequestsGiveEveryType() {
		Classification classification = this.classifier
			.classify("Je veux une copie de mes données, puis supprimez mon compte.", null);
		assertThat(classification.confident()).isTrue();
		assertThat(classification.types()).containsExactlyInAnyOrder(RequestType.ACCESS, RequestType.ERASURE);
	}

	@Test
	void aNegationOnlyCountsInItsOwnSentence() {
		Classification classification = this.classifier
			.classify("Je n'ai pas reçu votre réponse.\n\nMerci de supprimer mon compte.", null);
		assertThat(classification.confident()).isTrue();
		assertThat(classification.types()).containsExactly(RequestType.ERASURE);
	}

	@Test
	void aLongLetterOrMostRightsAtOnceGoToAPerson() {
		String letter = "Merci de supprimer mon compte. " + "Blabla. ".repeat(500);
		assertThat(this.classifier.classify(letter, null).confident()).isFalse();
		Classification many = this.classifier.classify(
				"Je veux une copie de mes données, la portabilité, rectifier mon nom et supprimer mon compte.", null);
		assertThat(many.confident()).isFalse();
		assertThat(many.types()).hasSizeGreaterThan(3);
	}

	@Test
	void aMailingIsNeverARequestWhateverItSays() {
		Classification classification = this.classifier
			.classify("Nos offres ! Pour vous désabonner, cliquez ici. Supprimer mon compte.", null);
		assertThat(classification.confident()).isFalse();
	}

	@Test
	void emptyTextIsNotARequest() {
		assertThat(this.classifier.classify("   ", Language.EN).confident()).isFalse();
	}

	@Test
	void theLanguageComesFromTheTextAndTheHeaderBreaksATie() {
		assertThat(this.classifier.classify("Bonjour, je veux supprimer mon compte", Language.EN).language())
			.isEqualTo(Language.FR);
		assertThat(this.classifier.classify("Hello, please delete my account", Language.FR).language())
			.isEqualTo(Language.EN);
		assertThat(this.classifier.classify("STOP marketing", Language.EN).language()).isEqualTo(Language.EN);
		assertThat(this.classifier.classify("STOP marketing", null).language()).isEqualTo(Language.FR);
	}

	@Test
	void everyRuleParsesAndMatchesItsOwnWords() {
		assertThat(this.classifier.rules()).hasSizeGreaterThan(100);
		for (PhraseRule rule : this.classifier.rules()) {
			String phrase = rule.source().split("\\s+", 3)[2].replace("…", " ");
			assertThat(rule.firstMatch(TextAnalysis.of(rule.language()).tokens(phrase), 0)).as(rule.source())
				.isPresent();
		}
		assertThat(Set.of(RequestClassifier.parse("ERASURE fr supprimer … compte").words()))
			.containsExactly(RequestClassifier.parse("ERASURE fr supprimez … compte").words());
	}

	@Test
	void aRuleWithoutWordsIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> RequestClassifier.parse("ERASURE fr"));
	}

}
