package org.oubli.intake.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.subject.EmailAddress;
import org.oubli.contracts.subject.Language;
import org.oubli.contracts.subject.Subject;
import org.oubli.intake.request.ChannelRequests;
import org.oubli.intake.triage.Classification;
import org.oubli.intake.triage.RequestClassifier;
import org.oubli.intake.triage.TriageItem;
import org.oubli.intake.triage.TriageStore;

import org.springframework.stereotype.Component;

/**
 * Handles one message from the mailbox: a reply to a case is noted on its timeline, a
 * request the classifier places with confidence opens one request per type (channel
 * {@code email}, the sender's address to verify), anything else becomes a triage item,
 * and what cannot be read is kept as unprocessable. Every id is derived from the message
 * key, so a message handled twice changes nothing the second time.
 */
@Component
public class MailIntake {

	/** The channel of requests opened from email. */
	public static final String CHANNEL = "email";

	/** Counter of messages read, tagged by outcome. */
	static final String METRIC = "oubli.intake.mail.messages";

	private static final Logger log = LoggerFactory.getLogger(MailIntake.class);

	private static final Set<String> MACHINE_SENDERS = Set.of("mailer-daemon", "postmaster", "noreply", "no-reply",
			"donotreply", "do-not-reply");

	private final MailParser parser = new MailParser();

	private final ProcessedMessages processed;

	private final CaseReplies replies;

	private final RequestClassifier classifier;

	private final ChannelRequests requests;

	private final TriageStore triage;

	private final Clock clock;

	private final MeterRegistry meters;

	private final int rawCap;

	MailIntake(ProcessedMessages processed, CaseReplies replies, RequestClassifier classifier, ChannelRequests requests,
			TriageStore triage, Clock clock, MeterRegistry meters, MailIntakeProperties properties) {
		this.processed = processed;
		this.replies = replies;
		this.classifier = classifier;
		this.requests = requests;
		this.triage = triage;
		this.clock = clock;
		this.meters = meters;
		this.rawCap = (int) Math.min(properties.rawCap().toBytes(), 8L * 1024 * 1024);
	}

	/**
	 * Handles a raw message.
	 * @param raw the message as read from the mailbox
	 * @return what became of it
	 */
	public MailOutcome receive(byte[] raw) {
		InboundMail mail;
		try {
			mail = this.parser.parse(raw);
		}
		catch (UnreadableMailException ex) {
			return unprocessable(keyOf(null, null, raw), null, raw, (raw != null) ? raw.length : 0, ex.getMessage());
		}
		String key = keyOf(mail.messageId(), mail.sender(), raw);
		if (this.processed.contains(key)) {
			return count(MailOutcome.DUPLICATE, key, List.of());
		}
		if (mail.sender() == null) {
			return unprocessable(key, null, raw, mail.size(), "no valid sender address");
		}
		Optional<String> replied = this.replies.note(CaseReference.candidates(mail.subject(), mail.body()), mail,
				derived("reply", key).toString());
		if (replied.isPresent()) {
			return handled(key, MailOutcome.REPLY, List.of(replied.get()));
		}
		String text = ReplyText.newText(mail.body());
		if (text.isBlank()) {
			return unprocessable(key, mail.sender(), raw, mail.size(),
					mail.attachments().isEmpty() ? "no text" : "no text, attachments only");
		}
		Classification classification = read(mail, text, this.classifier);
		if (!classification.confident()) {
			return triage(key, mail, text, classification, classification.reasons());
		}
		return open(key, mail, classification);
	}

	/**
	 * Classifies a message's new text with its subject; a message a machine sent is never
	 * placed with confidence.
	 * @param mail the message
	 * @param text its new text, quoted history and signature removed
	 * @param classifier the classifier
	 * @return the classification
	 */
	static Classification read(InboundMail mail, String text, RequestClassifier classifier) {
		Classification classification = classifier.classify(mail.subject() + "\n\n" + text, mail.declaredLanguage());
		List<String> doubts = new ArrayList<>();
		if (mail.isAutomatic()) {
			doubts.add("sent by a machine (" + mail.automatic() + ")");
		}
		else if (mail.sender() != null && MACHINE_SENDERS.contains(localPart(mail.sender()))) {
			doubts.add("sent by a machine (sender address)");
		}
		if (doubts.isEmpty()) {
			return classification;
		}
		doubts.addAll(classification.reasons());
		return Classification.triage(classification.types(), classification.language(), doubts);
	}

	/**
	 * Keeps a message that is too large to download: only its headers.
	 * @param headers the header lines
	 * @param size its size in bytes
	 * @return what became of it
	 */
	public MailOutcome tooLarge(byte[] headers, long size, String reason) {
		InboundMail mail;
		try {
			mail = this.parser.parse(headers);
		}
		catch (UnreadableMailException ex) {
			mail = null;
		}
		String key = keyOf((mail != null) ? mail.messageId() : null, (mail != null) ? mail.sender() : null, headers);
		if (this.processed.contains(key)) {
			return count(MailOutcome.DUPLICATE, key, List.of());
		}
		return unprocessable(key, (mail != null) ? mail.sender() : null, headers, size, reason);
	}

	/**
	 * Keeps a message whose handling failed unexpectedly, so that it never blocks the
	 * mailbox.
	 */
	public MailOutcome failed(byte[] raw, Exception failure) {
		String key = keyOf(null, null, raw);
		return unprocessable(key, null, raw, (raw != null) ? raw.length : 0,
				"handling failed (" + failure.getClass().getSimpleName() + ")");
	}

	private MailOutcome open(String key, InboundMail mail, Classification classification) {
		Subject subject = new Subject(mail.sender(), null, classification.language());
		List<String> ids = new ArrayList<>();
		for (RequestType type : classification.types().stream().sorted().toList()) {
			UUID requestId = derived("request:" + type.name(), key);
			this.requests.openOnce(requestId, type, subject, CHANNEL);
			ids.add(requestId.toString());
		}
		return handled(key, MailOutcome.REQUESTS, ids);
	}

	private MailOutcome triage(String key, InboundMail mail, String text, Classification classification,
			List<String> reasons) {
		String id = derived("triage", key).toString();
		TriageItem item = new TriageItem(id, TriageItem.Kind.TRIAGE, TriageItem.Status.OPEN, CHANNEL, now(),
				mail.sender().value(), cap(mail.subject(), TriageItem.MAX_SUBJECT), cap(text, TriageItem.MAX_TEXT),
				classification.language(), classification.types().stream().sorted().toList(), reasons, notes(mail),
				mail.size(), null, null, 0);
		this.triage.insertOnce(item);
		return handled(key, MailOutcome.TRIAGE, List.of(id));
	}

	private MailOutcome unprocessable(String key, EmailAddress sender, byte[] raw, long size, String reason) {
		String id = derived("unprocessable", key).toString();
		byte[] kept = (raw == null) ? new byte[0] : Arrays.copyOf(raw, Math.min(raw.length, this.rawCap));
		TriageItem item = new TriageItem(id, TriageItem.Kind.UNPROCESSABLE, TriageItem.Status.OPEN, CHANNEL, now(),
				(sender != null) ? sender.value() : null, null, null, null, List.of(), List.of(reason), List.of(), size,
				kept, null, 0);
		this.triage.insertOnce(item);
		return handled(key, MailOutcome.UNPROCESSABLE, List.of(id));
	}

	private MailOutcome handled(String key, MailOutcome outcome, List<String> ids) {
		this.processed.record(new ProcessedMessages.Handled(key, outcome, now(), ids));
		return count(outcome, key, ids);
	}

	private MailOutcome count(MailOutcome outcome, String key, List<String> ids) {
		Counter.builder(METRIC)
			.description("Messages read from the intake mailbox")
			.tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
			.register(this.meters)
			.increment();
		log.info("Mail {} handled: {} {}", key.substring(0, 12), outcome, ids);
		return outcome;
	}

	private static List<TriageItem.AttachmentNote> notes(InboundMail mail) {
		return mail.attachments()
			.stream()
			.map((attachment) -> new TriageItem.AttachmentNote(cap(attachment.name(), 200), attachment.type(),
					attachment.size()))
			.toList();
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	private static String localPart(EmailAddress address) {
		String value = address.value();
		return value.substring(0, value.indexOf('@'));
	}

	private static String cap(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max);
	}

	/** The key of a message: its Message-ID with its sender, or its bytes. */
	static String keyOf(String messageId, EmailAddress sender, byte[] raw) {
		String material = (messageId != null && !messageId.isBlank())
				? "message-id:" + messageId.strip() + "|" + ((sender != null) ? sender.value() : "")
				: "bytes:" + HexFormat.of().formatHex(sha256((raw != null) ? raw : new byte[0]));
		return HexFormat.of().formatHex(sha256(material.getBytes(StandardCharsets.UTF_8)));
	}

	private static UUID derived(String purpose, String key) {
		return UUID.nameUUIDFromBytes(("oubli-mail:" + purpose + ":" + key).getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
