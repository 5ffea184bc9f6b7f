package org.oubli.intake.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Reads the intake mailbox over IMAP every {@code poll-interval}: each message not yet
 * processed is downloaded (without marking it seen), handed to {@link MailIntake}, then
 * marked processed: moved to the processed folder, or flagged {@code \Seen}. A message
 * that fails is kept as unprocessable and marked too, so it never blocks the next ones; a
 * message is left for the next poll only when even that fails (the database is down).
 * Connection failures are logged and the next poll tries again.
 */
class MailboxPoller implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

	private final MailIntakeProperties properties;

	private final MailIntake intake;

	private volatile ScheduledExecutorService executor;

	MailboxPoller(MailIntakeProperties properties, MailIntake intake) {
		this.properties = properties;
		this.intake = intake;
	}

	@Override
	public void start() {
		this.executor = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "mail-intake-poller");
			thread.setDaemon(true);
			return thread;
		});
		long interval = Math.max(100, this.properties.pollInterval().toMillis());
		this.executor.scheduleWithFixedDelay(this::pollSafely, 0, interval, TimeUnit.MILLISECONDS);
		log.info("Email intake reads folder {} every {}", this.properties.folder(), this.properties.pollInterval());
	}

	@Override
	public void stop() {
		ScheduledExecutorService running = this.executor;
		this.executor = null;
		if (running != null) {
			running.shutdownNow();
			try {
				running.awaitTermination(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

	private void pollSafely() {
		try {
			poll();
		}
		catch (MessagingException | RuntimeException ex) {
			log.warn("Email intake could not read the mailbox ({}); next try in {}", ex.getClass().getSimpleName(),
					this.properties.pollInterval());
		}
	}

	/** Reads the mailbox once. */
	void poll() throws MessagingException {
		Session session = Session.getInstance(sessionProperties());
		try (Store store = session.getStore(protocol())) {
			store.connect(this.properties.host(), this.properties.port(), this.properties.username(),
					this.properties.password());
			Folder inbox = store.getFolder(this.properties.folder());
			Folder processed = processedFolder(store);
			inbox.open(Folder.READ_WRITE);
			boolean expunge = false;
			try {
				Message[] pending = (processed != null) ? inbox.getMessages()
						: inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
				int handled = 0;
				for (Message message : pending) {
					if (handled >= this.properties.batchSize() || Thread.currentThread().isInterrupted()) {
						break;
					}
					if (message.isExpunged() || message.isSet(Flags.Flag.DELETED)) {
						continue;
					}
					if (!handle(message)) {
						break;
					}
					markProcessed(inbox, message, processed);
					expunge |= processed != null;
					handled++;
				}
			}
			finally {
				inbox.close(expunge);
			}
		}
	}

	/**
	 * @return {@code false} if the message could not even be kept: stop this poll
	 */
	private boolean handle(Message message) {
		byte[] raw = null;
		try {
			int size = message.getSize();
			if (size > this.properties.maxSize().toBytes()) {
				this.intake.tooLarge(headers(message), size,
						"message of " + size + " bytes over the limit of " + this.properties.maxSize());
				return true;
			}
			raw = download(message);
			this.intake.receive(raw);
			return true;
		}
		catch (Exception ex) {
			log.warn("Email intake failed on a message ({}); keeping it as unprocessable",
					ex.getClass().getSimpleName());
			try {
				this.intake.failed((raw != null) ? raw : new byte[0], ex);
				return true;
			}
			catch (RuntimeException again) {
				log.warn("Email intake could not keep the message ({}); it stays for the next poll",
						again.getClass().getSimpleName());
				return false;
			}
		}
	}

	private static byte[] download(Message message) throws MessagingException, IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, message.getSize()));
		message.writeTo(out);
		return out.toByteArray();
	}

	private static byte[] headers(Message message) throws MessagingException {
		StringBuilder headers = new StringBuilder();
		if (message instanceof MimeMessage mime) {
			Enumeration<String> lines = mime.getAllHeaderLines();
			while (lines.hasMoreElements()) {
				headers.append(lines.nextElement()).append("\r\n");
			}
		}
		headers.append("\r\n");
		return headers.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	private void markProcessed(Folder inbox, Message message, Folder processed) throws MessagingException {
		if (processed != null) {
			inbox.copyMessages(new Message[] { message }, processed);
			message.setFlag(Flags.Flag.DELETED, true);
		}
		else {
			message.setFlag(Flags.Flag.SEEN, true);
		}
	}

	private Folder processedFolder(Store store) throws MessagingException {
		String name = this.properties.processedFolder();
		if (name == null || name.isBlank()) {
			return null;
		}
		Folder folder = store.getFolder(name);
		if (!folder.exists() && !folder.create(Folder.HOLDS_MESSAGES)) {
			throw new MessagingException("cannot create the processed folder");
		}
		return folder;
	}

	private String protocol() {
		return this.properties.ssl() ? "imaps" : "imap";
	}

	private Properties sessionProperties() {
		Properties session = new Properties();
		String prefix = "mail." + protocol() + ".";
		String timeout = String.valueOf(this.properties.timeout().toMillis());
		session.setProperty(prefix + "connectiontimeout", timeout);
		session.setProperty(prefix + "timeout", timeout);
		session.setProperty(prefix + "writetimeout", timeout);
		// read without setting \Seen: only a message handled is marked
		session.setProperty(prefix + "peek", "true");
		if (this.properties.ssl()) {
			session.setProperty(prefix + "ssl.checkserveridentity", "true");
		}
		return session;
	}

}
