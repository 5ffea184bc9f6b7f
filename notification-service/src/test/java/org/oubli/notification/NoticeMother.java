package org.oubli.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.oubli.kit.secrets.SecretSeal;
import org.oubli.contracts.RequestType;
import org.oubli.contracts.connector.CategoryOutcome;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.OubliEvent;
import org.oubli.contracts.events.RequestCompleted;
import org.oubli.contracts.events.SystemOutcome;
import org.oubli.contracts.events.VerificationCodeIssued;
import org.oubli.contracts.subject.Subject;

/** Named events the notification service acts on. */
public final class NoticeMother {

	public static final Instant COMPLETED_AT = Instant.parse("2026-11-22T09:30:00Z");

	public static final LocalDate INVOICES_UNTIL = LocalDate.of(2036, 11, 22);

	public static final String INVOICES_BASIS = "Code de commerce, art. L123-22";

	private NoticeMother() {
	}

	public static String newRequestId() {
		return UUID.randomUUID().toString();
	}

	public static VerificationCodeIssued codeIssued(String requestId, Subject subject, String code) {
		return new VerificationCodeIssued(requestId, subject, SecretSeal.forDevelopment().seal(code),
				Instant.parse("2026-11-22T13:35:00Z"), 5);
	}

	/** The erasure of the demo systems: profiles, payments and messaging. */
	public static RequestCompleted erasureCompleted(String requestId, Subject subject) {
		return new RequestCompleted(requestId, RequestType.ERASURE, subject, COMPLETED_AT, List.of(
				new SystemOutcome("profiles", "Profiles",
						List.of(CategoryOutcome.erased("account", 1), CategoryOutcome.erased("contact", 1),
								CategoryOutcome.erased("photo", 1), CategoryOutcome.erased("listings", 3))),
				new SystemOutcome(
						"payments", "Payments",
						List.of(CategoryOutcome.retained("invoices", INVOICES_BASIS, INVOICES_UNTIL, 4),
								CategoryOutcome.erased("stored-cards", 1),
								CategoryOutcome.anonymised("customer-record", "placeholder", 1))),
				new SystemOutcome("messaging", "Messaging",
						List.of(CategoryOutcome.erased("messages", 12), CategoryOutcome.erased("chat-logs", 2)))));
	}

	/** The envelope another service would publish the event in. */
	public static EventEnvelope envelope(OubliEvent payload, String source) {
		return EventEnvelope.wrap(payload, null, source, Instant.now());
	}

}
