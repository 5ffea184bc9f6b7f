package org.oubli.intake.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.oubli.contracts.RequestType;
import org.oubli.intake.triage.Classification;
import org.oubli.intake.triage.RequestClassifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corpus of realistic request emails ({@code src/test/resources/mail-corpus},
 * expected outcomes in {@code expected.csv}) through the real MIME parsing, reply and
 * signature stripping and classifier.
 */
class MailCorpusTest {

	private static final RequestClassifier CLASSIFIER = new RequestClassifier();

	private final MailParser parser = new MailParser();

	static Stream<Arguments> corpus() throws IOException {
		return lines().stream().map((line) -> {
			String[] fields = line.split(";", 3);
			return Arguments.of(fields[0], fields[1], fields[2]);
		});
	}

	@ParameterizedTest(name = "{0}: {1} ({2})")
	@MethodSource("corpus")
	void eachMessageIsClassifiedAsExpected(String file, String expected, String what) throws Exception {
		InboundMail mail = this.parser.parse(read(file));
		Classification classification = MailIntake.read(mail, ReplyText.newText(mail.body()), CLASSIFIER);
		if ("TRIAGE".equals(expected)) {
			assertThat(classification.confident()).as("%s goes to triage, types %s", file, classification.types())
				.isFalse();
			assertThat(classification.reasons()).isNotEmpty();
		}
		else {
			assertThat(classification.confident())
				.as("%s is placed with confidence: %s", file, classification.reasons())
				.isTrue();
			assertThat(classification.types()).isEqualTo(typesOf(expected));
		}
	}

	@Test
	void theCorpusHoldsAtLeastTwentyMessagesInBothLanguagesWithEveryTypeAndTriage() throws IOException {
		List<String> lines = lines();
		assertThat(lines).hasSizeGreaterThanOrEqualTo(20);
		assertThat(lines).anyMatch((line) -> line.contains("-fr-")).anyMatch((line) -> line.contains("-en-"));
		Set<RequestType> covered = EnumSet.noneOf(RequestType.class);
		lines.stream()
			.map((line) -> line.split(";")[1])
			.filter((expected) -> !"TRIAGE".equals(expected))
			.forEach((expected) -> covered.addAll(typesOf(expected)));
		assertThat(covered).containsExactlyInAnyOrder(RequestType.values());
		assertThat(lines).anyMatch((line) -> line.split(";")[1].equals("TRIAGE"));
		assertThat(lines).anyMatch((line) -> line.split(";")[1].contains(","));
	}

	@Test
	void charsetsAndTransferEncodingsAreDecoded() throws Exception {
		assertThat(this.parser.parse(read("02-fr-latin1-qp-access.eml")).body()).contains("données me concernant");
		InboundMail windows = this.parser.parse(read("03-fr-cp1252-8bit-access.eml"));
		assertThat(windows.body()).contains("J’exerce mon droit d’accès");
		assertThat(windows.subject()).isEqualTo("droit d’accès");
		assertThat(this.parser.parse(read("04-fr-base64-portability.eml")).body()).contains("portabilité");
		assertThat(this.parser.parse(read("26-fr-desinscription-newsletter.eml")).body()).contains("désinscription");
	}

	@Test
	void htmlIsReadAsTextAndPlainTextIsPreferred() throws Exception {
		InboundMail html = this.parser.parse(read("06-en-html-only-access.eml"));
		assertThat(html.body()).contains("copy of all the personal data").doesNotContain("<b>");
		InboundMail alternative = this.parser.parse(read("23-fr-alternative-base64-oubli.eml"));
		assertThat(alternative.body()).contains("droit à l'oubli").doesNotContain("<");
	}

	@Test
	void quotedHistoryAndSignaturesAreStripped() throws Exception {
		assertThat(newText("11-en-reply-quoted-history.eml")).isEqualTo("Actually, please delete my account.");
		assertThat(newText("12-fr-reply-wrapped-header.eml")).isEqualTo("Supprimez mon compte s'il vous plaît.");
		assertThat(newText("13-fr-outlook-reply.eml")).contains("supprimer toutes mes données")
			.doesNotContain("droit d'accès");
		assertThat(newText("01-fr-plain-qp-erasure.eml")).doesNotContain("06 12 34 56 78");
		assertThat(newText("19-en-signature-disclaimer.eml")).doesNotContain("confidential");
		assertThat(newText("28-fr-gmail-html-reply.eml")).doesNotContain("suppression");
		assertThat(newText("30-fr-mobile-signature.eml")).doesNotContain("iPhone");
	}

	@Test
	void attachmentsAreNotedByNameTypeAndSizeOnly() throws Exception {
		InboundMail mail = this.parser.parse(read("25-en-attachment-access.eml"));
		assertThat(mail.attachments()).singleElement().satisfies((attachment) -> {
			assertThat(attachment.name()).isEqualTo("id-card.pdf");
			assertThat(attachment.type()).isEqualTo("application/pdf");
			assertThat(attachment.size()).isEqualTo(22L * 50);
		});
		assertThat(mail.body()).doesNotContain("PDF-1.4");
	}

	@Test
	void automaticMessagesAreRecognisedByTheirHeaders() throws Exception {
		assertThat(this.parser.parse(read("14-fr-newsletter.eml")).automatic()).isNotNull();
		assertThat(this.parser.parse(read("15-fr-auto-reply.eml")).automatic()).contains("auto-replied");
		assertThat(this.parser.parse(read("05-en-plain-erasure.eml")).automatic()).isNull();
	}

	private String newText(String file) throws Exception {
		return ReplyText.newText(this.parser.parse(read(file)).body());
	}

	private static Set<RequestType> typesOf(String expected) {
		return Arrays.stream(expected.split(","))
			.map(RequestType::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(RequestType.class)));
	}

	static byte[] read(String file) throws IOException {
		try (InputStream in = MailCorpusTest.class.getResourceAsStream("/mail-corpus/" + file)) {
			assertThat(in).as(file).isNotNull();
			return in.readAllBytes();
		}
	}

	private static List<String> lines() throws IOException {
		try (InputStream in = MailCorpusTest.class.getResourceAsStream("/mail-corpus/expected.csv")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.toList();
		}
	}

}
