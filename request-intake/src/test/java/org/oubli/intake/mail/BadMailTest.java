package org.oubli.intake.mail;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Bad input to the parser: refused with a reason, never with anything but that. */
class BadMailTest {

	private final MailParser parser = new MailParser();

	@Test
	void anEmptyMessageIsUnreadable() {
		assertThatExceptionOfType(UnreadableMailException.class).isThrownBy(() -> this.parser.parse(bad("empty.eml")))
			.withMessage("empty message");
	}

	@Test
	void aMultipartWithoutItsBoundaryIsUnreadable() {
		assertThatExceptionOfType(UnreadableMailException.class)
			.isThrownBy(() -> this.parser.parse(bad("malformed.eml")))
			.withMessageStartingWith("not readable as MIME")
			.withMessageNotContaining("supprimer");
	}

	@Test
	void aBinaryOnlyMessageHasNoTextAndOneAttachment() throws Exception {
		InboundMail mail = this.parser.parse(bad("binary-only.eml"));
		assertThat(mail.body()).isEmpty();
		assertThat(mail.attachments()).singleElement()
			.satisfies((attachment) -> assertThat(attachment.type()).isEqualTo("application/octet-stream"));
	}

	@Test
	void aMessageWithoutSenderHasNone() throws Exception {
		assertThat(this.parser.parse(bad("no-sender.eml")).sender()).isNull();
	}

	@Test
	void randomBytesNeverEscapeAsAnythingButUnreadable() {
		java.util.Random random = new java.util.Random(42);
		for (int i = 0; i < 200; i++) {
			byte[] noise = new byte[random.nextInt(2000) + 1];
			random.nextBytes(noise);
			try {
				this.parser.parse(noise);
			}
			catch (UnreadableMailException ex) {
				assertThat(ex.getMessage()).doesNotContain("\u0000");
			}
		}
	}

	@Test
	void theParsedMessageNeverShowsItsContentWhenPrinted() throws Exception {
		InboundMail mail = this.parser.parse(MailCorpusTest.read("05-en-plain-erasure.eml"));
		assertThat(mail.toString()).doesNotContain("john").doesNotContain("delete");
	}

	static byte[] bad(String file) throws IOException {
		try (InputStream in = BadMailTest.class.getResourceAsStream("/mail-bad/" + file)) {
			return in.readAllBytes();
		}
	}

}
