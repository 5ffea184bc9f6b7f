package org.oubli.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.oubli.kit.secrets.SecretSeal;
import org.oubli.contracts.RequestType;
import org.oubli.contracts.connector.CategoryOutcome;
import org.oubli.contracts.events.ClosureReason;
import org.oubli.contracts.events.DeadlineExtended;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.RequestClosed;
import org.oubli.contracts.events.RequestLinked;
import org.oubli.contracts.events.RequestReceived;
import org.oubli.contracts.events.VerificationReminderDue;
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

	// --- case notices (issue 3) ---

	public static final Instant RECEIVED_AT = Instant.parse("2026-11-22T09:30:00Z");

	public static RequestReceived received(String requestId, RequestType type, Subject subject, String channel) {
		return new RequestReceived(requestId, type, subject, channel, "EU-FR", RECEIVED_AT, LocalDate.of(2026, 12, 22),
				false);
	}

	public static VerificationReminderDue reminder(String requestId, Subject subject) {
		return new VerificationReminderDue(requestId, subject, Instant.parse("2026-12-06T09:30:00Z"));
	}

	public static DeadlineExtended extended(String requestId, Subject subject, String reason) {
		return new DeadlineExtended(requestId, RequestType.ACCESS, subject, LocalDate.of(2026, 12, 22),
				LocalDate.of(2027, 2, 22), reason, RECEIVED_AT.plusSeconds(86_400 * 10));
	}

	public static RequestClosed closed(String requestId, Subject subject, ClosureReason reason, String jurisdiction,
			String explanation) {
		return new RequestClosed(requestId, RequestType.ACCESS, subject, reason, jurisdiction, explanation,
				Instant.parse("2026-12-06T10:00:00Z"));
	}

	public static RequestLinked linked(String requestId, String openRequestId, Subject subject) {
		return new RequestLinked(requestId, openRequestId, RequestType.ERASURE, subject, RECEIVED_AT);
	}

	/** The envelope another service would publish the event in. */
	public static EventEnvelope envelope(OubliEvent payload, String source) {
		return EventEnvelope.wrap(payload, null, source, Instant.now());
	}

}
