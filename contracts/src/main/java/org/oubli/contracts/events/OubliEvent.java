package org.oubli.contracts.events;

/**
 * Something that happened to a request. Every event belongs to exactly one request; its
 * id is the Kafka record key.
 */
public sealed interface OubliEvent permits RequestReceived, RequestCompleted, RequestNeedsAttention,
		VerificationCodeIssued, VerificationAttemptFailed, VerificationLocked, VerificationExpired, IdentityVerified,
		ErasureStarted, SystemErased, SystemErasureFailed, ErasureCompleted, ErasureRequested, SystemErasureReported,
		ExportJobOpened, NoticeSent, NoticeFailed, RequestLinked, RequestClosed, DeadlineExtended,
		// identity verification (issue 3)
		VerificationReminderDue, VerificationRejected,
		// export-worker (issue 4)
		ExportReady, ExportCompleted, ExportFailed,
		// SLA watchdog (issue 5)
		CaseSlaChanged,
		// erasure-worker delegation to people (issue 4)
		ErasureDelegated {

	String requestId();

}
