package org.oubli.contracts.events;

/**
 * Something that happened to a request. Every event belongs to exactly one request; its
 * id is the Kafka record key.
 */
public sealed interface OubliEvent permits RequestReceived, RequestCompleted, RequestNeedsAttention,
		VerificationCodeIssued, VerificationAttemptFailed, VerificationLocked, VerificationExpired, IdentityVerified,
		ErasureStarted, SystemErased, SystemErasureFailed, ErasureCompleted, ErasureRequested, SystemErasureReported,
		ExportJobOpened, NoticeSent, NoticeFailed, RequestLinked, RequestClosed, DeadlineExtended, ErasureDelegated {

	String requestId();

}
