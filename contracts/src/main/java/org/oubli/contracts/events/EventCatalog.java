package org.oubli.contracts.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.oubli.contracts.Topics;

/**
 * Every event type: its logical name on the wire, schema version, record and topic.
 */
public final class EventCatalog {

	/** One event type. */
	public record Entry(String type, int schemaVersion, Class<? extends OubliEvent> recordType, String topic) {
	}

	private static final List<Entry> ENTRIES = List.of(
			new Entry("RequestReceived", 1, RequestReceived.class, Topics.REQUEST_EVENTS),
			new Entry("RequestCompleted", 1, RequestCompleted.class, Topics.REQUEST_EVENTS),
			new Entry("RequestNeedsAttention", 1, RequestNeedsAttention.class, Topics.REQUEST_EVENTS),
			new Entry("RequestLinked", 1, RequestLinked.class, Topics.REQUEST_EVENTS),
			new Entry("RequestClosed", 1, RequestClosed.class, Topics.REQUEST_EVENTS),
			new Entry("DeadlineExtended", 1, DeadlineExtended.class, Topics.REQUEST_EVENTS),
			new Entry("CaseSlaChanged", 1, CaseSlaChanged.class, Topics.REQUEST_EVENTS),
			new Entry("VerificationCodeIssued", 1, VerificationCodeIssued.class, Topics.VERIFICATION_EVENTS),
			new Entry("VerificationAttemptFailed", 1, VerificationAttemptFailed.class, Topics.VERIFICATION_EVENTS),
			new Entry("VerificationLocked", 1, VerificationLocked.class, Topics.VERIFICATION_EVENTS),
			new Entry("VerificationExpired", 1, VerificationExpired.class, Topics.VERIFICATION_EVENTS),
			new Entry("IdentityVerified", 1, IdentityVerified.class, Topics.VERIFICATION_EVENTS),
			// identity verification (issue 3)
			new Entry("VerificationReminderDue", 1, VerificationReminderDue.class, Topics.VERIFICATION_EVENTS),
			new Entry("VerificationRejected", 1, VerificationRejected.class, Topics.VERIFICATION_EVENTS),
			new Entry("ErasureStarted", 1, ErasureStarted.class, Topics.ERASURE_EVENTS),
			new Entry("SystemErased", 1, SystemErased.class, Topics.ERASURE_EVENTS),
			new Entry("SystemErasureFailed", 1, SystemErasureFailed.class, Topics.ERASURE_EVENTS),
			new Entry("ErasureCompleted", 1, ErasureCompleted.class, Topics.ERASURE_EVENTS),
			new Entry("ErasureRequested", 1, ErasureRequested.class, Topics.ERASURE_REQUESTS),
			new Entry("SystemErasureReported", 1, SystemErasureReported.class, Topics.ERASURE_RECEIPTS),
			new Entry("ExportJobOpened", 1, ExportJobOpened.class, Topics.EXPORT_EVENTS),
			// export-worker (issue 4)
			new Entry("ExportReady", 1, ExportReady.class, Topics.EXPORT_EVENTS),
			new Entry("ExportCompleted", 1, ExportCompleted.class, Topics.EXPORT_EVENTS),
			new Entry("ExportFailed", 1, ExportFailed.class, Topics.EXPORT_EVENTS),
			new Entry("NoticeSent", 1, NoticeSent.class, Topics.NOTIFICATION_EVENTS),
			new Entry("NoticeFailed", 1, NoticeFailed.class, Topics.NOTIFICATION_EVENTS),
			// erasure-worker: systems without an API (manual, processor-email)
			new Entry("ErasureDelegated", 1, ErasureDelegated.class, Topics.ERASURE_REQUESTS));

	private static final Map<String, Entry> BY_TYPE = ENTRIES.stream()
		.collect(Collectors.toUnmodifiableMap(Entry::type, Function.identity()));

	private static final Map<Class<?>, Entry> BY_CLASS = ENTRIES.stream()
		.collect(Collectors.toUnmodifiableMap(Entry::recordType, Function.identity()));

	private EventCatalog() {
	}

	public static List<Entry> entries() {
		return ENTRIES;
	}

	public static Optional<Entry> entryOf(String type) {
		return Optional.ofNullable(BY_TYPE.get(type));
	}

	public static Entry entryOf(Class<?> recordType) {
		Entry entry = BY_CLASS.get(recordType);
		if (entry == null) {
			throw new IllegalArgumentException("Not an event in the catalog: " + recordType.getSimpleName());
		}
		return entry;
	}

}
