package org.oubli.intake.mail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Flags;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.oubli.testsupport.MailServer;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The poller against a real IMAP server (GreenMail), with the handling replaced: it
 * survives a mailbox that cannot be reached, and a message whose handling fails is kept
 * and marked, never blocking the next one.
 */
@ExtendWith(OutputCaptureExtension.class)
class MailboxPollerTest {

	private static final String MAILBOX = "poller@oubli.localhost";

	@Test
	void aMailboxThatCannotBeReachedIsTriedAgainAndAFailingMessageNeverBlocksTheNextOne(CapturedOutput output)
			throws Exception {
		int port = freePort();
		RecordingIntake intake = new RecordingIntake(properties(port));
		MailboxPoller poller = new MailboxPoller(intake.properties, intake);
		poller.start();
		try {
			await().atMost(Duration.ofSeconds(30))
				.until(() -> output.getAll().contains("Email intake could not read the mailbox"));
			assertThat(poller.isRunning()).isTrue();

			try (MailServer server = MailServer.start(0, port)) {
				GreenMailUser user = server.greenMail().setUser(MAILBOX, MAILBOX, MAILBOX);
				user.deliver(GreenMailUtil.createTextEmail(MAILBOX, "someone@example.com", "boom", "fails",
						server.greenMail().getSmtp().getServerSetup()));
				user.deliver(GreenMailUtil.createTextEmail(MAILBOX, "someone@example.com", "fine", "works",
						server.greenMail().getSmtp().getServerSetup()));

				await().atMost(Duration.ofSeconds(30)).until(() -> intake.received.size() == 2);
				assertThat(intake.failed).hasSize(1);
				assertThat(new String(intake.received.get(1), StandardCharsets.US_ASCII)).contains("Subject: fine");
				// both are marked seen: later polls read neither again
				MailFolder inbox = server.greenMail().getManagers().getImapHostManager().getInbox(user);
				await().atMost(Duration.ofSeconds(30))
					.until(() -> inbox.getMessages()
						.stream()
						.allMatch((message) -> message.getFlags().contains(Flags.Flag.SEEN)));
				assertThat(intake.received).hasSize(2);
			}
		}
		finally {
			poller.stop();
		}
		assertThat(output.getAll()).doesNotContain("someone@example.com");
	}

	private static MailIntakeProperties properties(int port) {
		return new Binder(new MapConfigurationPropertySource(
				java.util.Map.of("oubli.intake.mail.host", "127.0.0.1", "oubli.intake.mail.port", String.valueOf(port),
						"oubli.intake.mail.username", MAILBOX, "oubli.intake.mail.password", MAILBOX,
						"oubli.intake.mail.poll-interval", "100ms", "oubli.intake.mail.timeout", "2s")))
			.bind("oubli.intake.mail", MailIntakeProperties.class)
			.get();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** Records what the poller hands over; handling the "boom" message fails. */
	private static final class RecordingIntake extends MailIntake {

		private final MailIntakeProperties properties;

		private final List<byte[]> received = new CopyOnWriteArrayList<>();

		private final List<Exception> failed = new CopyOnWriteArrayList<>();

		RecordingIntake(MailIntakeProperties properties) {
			super(null, null, null, null, null, null, null, properties);
			this.properties = properties;
		}

		@Override
		public MailOutcome receive(byte[] raw) {
			this.received.add(raw);
			if (new String(raw, StandardCharsets.US_ASCII).contains("Subject: boom")) {
				throw new IllegalStateException("handling failed");
			}
			return MailOutcome.REQUESTS;
		}

		@Override
		public MailOutcome failed(byte[] raw, Exception failure) {
			this.failed.add(failure);
			return MailOutcome.UNPROCESSABLE;
		}

	}

}
