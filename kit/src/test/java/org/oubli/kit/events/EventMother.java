package org.oubli.kit.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.connector.CategoryOutcome;
import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.contracts.connector.ErasureReceipt;
import org.oubli.contracts.events.ClosureReason;
import org.oubli.contracts.events.CaseSlaChanged;
import org.oubli.contracts.events.DeadlineExtended;
import org.oubli.contracts.events.ErasureCompleted;
import org.oubli.contracts.events.ErasureDelegated;
import org.oubli.contracts.events.ErasureRequested;
import org.oubli.contracts.registry.ProcessorContact;
import org.oubli.contracts.events.ErasureStarted;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.ExportCompleted;
import org.oubli.contracts.events.ExportFailed;
import org.oubli.contracts.events.ExportJobOpened;
import org.oubli.contracts.events.ExportReady;
import org.oubli.contracts.events.IdentityVerified;
import org.oubli.contracts.events.NoticeFailed;
import org.oubli.contracts.events.NoticeSent;
import org.oubli.contracts.events.OubliEvent;
import org.oubli.contracts.events.PlannedSystem;
import org.oubli.contracts.events.RequestCompleted;
import org.oubli.contracts.events.RequestNeedsAttention;
import org.oubli.contracts.events.RequestClosed;
import org.oubli.contracts.events.RequestLinked;
import org.oubli.contracts.events.RequestReceived;
import org.oubli.contracts.events.SlaState;
import org.oubli.contracts.events.SystemErased;
import org.oubli.contracts.events.SystemErasureFailed;
import org.oubli.contracts.events.SystemErasureReported;
import org.oubli.contracts.events.SystemOutcome;
import org.oubli.contracts.events.VerificationAttemptFailed;
import org.oubli.contracts.events.VerificationCodeIssued;
import org.oubli.contracts.events.VerificationExpired;
import org.oubli.contracts.events.VerificationLocked;
import org.oubli.contracts.events.VerificationRejected;
import org.oubli.contracts.events.VerificationReminderDue;
import org.oubli.contracts.subject.EmailAddress;
import org.oubli.contracts.subject.Language;
import org.oubli.contracts.subject.Subject;
import org.oubli.contracts.subject.SubjectIdentifiers;

/** One example of every event and connector payload, as pinned by the golden files. */
public final class EventMother {

	public static final String REQUEST_ID = "6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e";

	public static final Instant AT = Instant.parse("2026-03-05T09:30:00Z");

	public static final Subject CAMILLE = new Subject(EmailAddress.of("camille.martin@example.fr"), "acc-1001",
			Language.FR);

	private EventMother() {
	}

	public static ErasureInstruction instruction() {
		return new ErasureInstruction(REQUEST_ID, "payments",
				ErasureInstruction.idempotencyKeyOf(REQUEST_ID, "payments"), SubjectIdentifiers.of(CAMILLE),
				List.of(CategoryInstruction.retain("invoices", "Code de commerce, art. L123-22",
						LocalDate.parse("2036-03-05")), CategoryInstruction.erase("stored-cards"),
						CategoryInstruction.anonymise("customer-record", "placeholder")));
	}

	public static ErasureReceipt receipt() {
		return new ErasureReceipt(REQUEST_ID, "payments", ErasureInstruction.idempotencyKeyOf(REQUEST_ID, "payments"),
				AT,
				List.of(CategoryOutcome.retained("invoices", "Code de commerce, art. L123-22",
						LocalDate.parse("2036-03-05"), 3), CategoryOutcome.erased("stored-cards", 1),
						CategoryOutcome.anonymised("customer-record", "placeholder", 1)));
	}

	static List<SystemOutcome> outcomes() {
		return List.of(new SystemOutcome("payments", "Payments", receipt().outcomes()));
	}

	/** Every event type with an example payload. */
	public static Map<String, OubliEvent> events() {
		return Map.ofEntries(
				Map.entry("RequestReceived",
						new RequestReceived(REQUEST_ID, RequestType.ERASURE, CAMILLE, "api", "EU-FR", AT,
								LocalDate.parse("2026-04-07"), false)),
				Map.entry("RequestCompleted",
						new RequestCompleted(REQUEST_ID, RequestType.ERASURE, CAMILLE, AT, outcomes())),
				Map.entry("RequestNeedsAttention",
						new RequestNeedsAttention(REQUEST_ID, "System payments failed after 5 attempts")),
				Map.entry("VerificationCodeIssued", new VerificationCodeIssued(REQUEST_ID, CAMILLE,
						"9f2c4a7be1d05c3e8a6f7b21c4d9e0a1b2c3d4e5f60718293a4b5c6d7e8f9012", AT.plusSeconds(1800), 5)),
				Map.entry("VerificationAttemptFailed", new VerificationAttemptFailed(REQUEST_ID, 4, AT)),
				Map.entry("VerificationLocked", new VerificationLocked(REQUEST_ID, AT)),
				Map.entry("VerificationExpired", new VerificationExpired(REQUEST_ID, AT)),
				Map.entry("IdentityVerified",
						new IdentityVerified(REQUEST_ID, RequestType.ERASURE, CAMILLE, "email-code", AT)),
				Map.entry("ErasureStarted", new ErasureStarted(REQUEST_ID,
						List.of(new PlannedSystem("payments", "Payments", "http", instruction().categories())), AT)),
				Map.entry("SystemErased", new SystemErased(REQUEST_ID, receipt())),
				Map.entry("SystemErasureFailed",
						new SystemErasureFailed(REQUEST_ID, "payments", "HTTP 503 from the system", 5, AT)),
				Map.entry("ErasureCompleted", new ErasureCompleted(REQUEST_ID, outcomes(), AT)),
				Map.entry("ErasureRequested", new ErasureRequested(REQUEST_ID, instruction())),
				Map.entry("SystemErasureReported", new SystemErasureReported(REQUEST_ID, receipt())),
				Map.entry("ExportJobOpened", new ExportJobOpened(REQUEST_ID, RequestType.ACCESS, AT)),
				Map.entry("NoticeSent", new NoticeSent(REQUEST_ID, "verification-code", Language.FR, AT)),
				Map.entry("RequestLinked",
						new RequestLinked(REQUEST_ID, "7a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", RequestType.ERASURE,
								CAMILLE, AT)),
				Map.entry("RequestClosed",
						new RequestClosed(REQUEST_ID, RequestType.ACCESS, CAMILLE, ClosureReason.REFUSED, "EU-FR",
								"The request is manifestly excessive: the same export was sent last week.", AT)),
				Map.entry("DeadlineExtended",
						new DeadlineExtended(REQUEST_ID, RequestType.ACCESS, CAMILLE, LocalDate.parse("2026-04-07"),
								LocalDate.parse("2026-06-05"), "The request covers ten years of messages.", AT)),
				Map.entry("NoticeFailed", new NoticeFailed(REQUEST_ID, "verification-code", "SMTP unavailable", AT)),
				// identity verification (issue 3)
				Map.entry("VerificationReminderDue",
						new VerificationReminderDue(REQUEST_ID, CAMILLE, AT.plus(java.time.Duration.ofDays(7)))),
				Map.entry("VerificationRejected", new VerificationRejected(REQUEST_ID, "signed mandate checked", AT)),
				// export-worker (issue 4)
				Map.entry("ExportReady", new ExportReady(REQUEST_ID, RequestType.ACCESS, CAMILLE,
						"8c1f0e2d3b4a59687766554433221100ffeeddccbbaa99887766554433221100", AT.plusSeconds(604800), 3)),
				Map.entry("ExportCompleted",
						new ExportCompleted(REQUEST_ID, RequestType.ACCESS, List.of("profiles", "payments"),
								List.of("stripe"), 5042, AT)),
				Map.entry("ExportFailed",
						new ExportFailed(REQUEST_ID, "messaging", "page 3 of messages: HTTP 503", 4, AT)),
				// SLA watchdog (issue 5)
				Map.entry("CaseSlaChanged",
						new CaseSlaChanged(REQUEST_ID, RequestType.ERASURE, SlaState.ON_TRACK, SlaState.AT_RISK,
								LocalDate.parse("2026-04-07"), AT)),
				// erasure-worker delegation to people (issue 4)
				Map.entry("ErasureDelegated", new ErasureDelegated(REQUEST_ID, "payments", "Payments", "Finance team",
						ErasureDelegated.PROCESSOR_EMAIL, new ProcessorContact("Stripe", "privacy@stripe.example"),
						instruction(), Instant.parse("2026-03-31T22:00:00Z"))));
	}

	/** The example of a type, in an envelope with fixed ids. */
	public static EventEnvelope envelope(String type) {
		OubliEvent payload = events().get(type);
		return new EventEnvelope("0b9d7c1e-1111-4222-8333-944455566677", type, 1, REQUEST_ID,
				"0b9d7c1e-0000-4000-8000-900000000000", AT, "golden", payload);
	}

}
