package org.oubli.intake.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.oubli.contracts.subject.EmailAddress;
import org.oubli.intake.cases.CaseChange;
import org.oubli.intake.cases.CaseDocument;
import org.oubli.intake.cases.CaseStore;
import org.oubli.intake.cases.TimelineEntry;

import org.springframework.stereotype.Component;

/**
 * Notes a reply on its case's timeline: who it came from (the case's address or another
 * one), its attachments' types, never its content (the message stays in the mailbox).
 */
@Component
class CaseReplies {

	static final String ENTRY_TYPE = "EmailReplyReceived";

	private static final int ATTEMPTS = 5;

	private final CaseStore cases;

	private final Clock clock;

	CaseReplies(CaseStore cases, Clock clock) {
		this.cases = cases;
		this.clock = clock;
	}

	/**
	 * Notes the reply on the first referenced case that exists.
	 * @return the case id, or empty if no reference names a case
	 */
	Optional<String> note(Iterable<String> references, InboundMail mail, String noteId) {
		for (String reference : references) {
			Optional<CaseDocument> found = this.cases.find(reference);
			if (found.isPresent()) {
				record(found.get(), mail, noteId);
				return Optional.of(reference);
			}
		}
		return Optional.empty();
	}

	private void record(CaseDocument current, InboundMail mail, String noteId) {
		CaseDocument read = current;
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		TimelineEntry entry = new TimelineEntry(noteId, ENTRY_TYPE, now, summary(read, mail));
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			if (read.hasProcessed(noteId) || this.cases.apply(read, CaseChange.recordOnly(entry))) {
				return;
			}
			read = this.cases.find(read.id()).orElseThrow();
		}
		throw new IllegalStateException("case " + read.id() + " kept changing while noting a reply");
	}

	private static String summary(CaseDocument current, InboundMail mail) {
		EmailAddress owner = EmailAddress.isValid(current.subject().email())
				? EmailAddress.of(current.subject().email()) : null;
		String from = (mail.sender() != null && mail.sender().equals(owner)) ? "from the subject's address"
				: "from another address";
		String attachments = mail.attachments().isEmpty() ? ""
				: "; " + mail.attachments().size() + " attachment(s) noted: "
						+ mail.attachments()
							.stream()
							.map(InboundMail.Attachment::type)
							.distinct()
							.collect(Collectors.joining(", "));
		return "Email reply received " + from + attachments + "; content not stored (kept in the mailbox)";
	}

}
