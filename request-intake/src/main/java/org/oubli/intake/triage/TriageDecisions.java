package org.oubli.intake.triage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.subject.EmailAddress;
import org.oubli.contracts.subject.Language;
import org.oubli.contracts.subject.Subject;
import org.oubli.intake.request.ChannelRequests;
import org.oubli.kit.audit.AuditTrail;
import org.oubli.kit.web.ConflictException;
import org.oubli.kit.web.InvalidInputException;
import org.oubli.kit.web.NotFoundException;

import org.springframework.stereotype.Service;

/**
 * Carries out a person's decision on a triage item: opens one request per type for the
 * sender (ids derived from the item, so a repeated decision opens nothing more), or
 * dismisses it; either way the message's content leaves the item.
 */
@Service
class TriageDecisions {

	/** Audit action of a decision. */
	static final String AUDIT_ACTION = "triage.resolved";

	/** A dismissal reason that is a code ({@code NEWSLETTER}), safe to audit as it is. */
	private static final Pattern REASON_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,40}");

	private static final Logger log = LoggerFactory.getLogger(TriageDecisions.class);

	private final TriageStore store;

	private final ChannelRequests requests;

	private final Clock clock;

	private final AuditTrail audit;

	TriageDecisions(TriageStore store, ChannelRequests requests, Clock clock, AuditTrail audit) {
		this.store = store;
		this.requests = requests;
		this.clock = clock;
		this.audit = audit;
	}

	private static Map<String, String> auditDetails(TriageItem item, TriageItem.Status status,
			TriageItem.Resolution resolution) {
		Map<String, String> details = new LinkedHashMap<>();
		details.put("triageItemId", item.id());
		details.put("decision", (status == TriageItem.Status.DISMISSED) ? "DISMISSED" : "OPENED");
		if (!resolution.types().isEmpty()) {
			details.put("types", String.join(",", resolution.types().stream().map(RequestType::name).toList()));
			details.put("requestIds", String.join(",", resolution.requestIds()));
		}
		String reason = resolution.dismissReason();
		if (reason != null) {
			if (REASON_CODE.matcher(reason).matches()) {
				details.put("reasonCode", reason);
			}
			else {
				details.put("reasonSha256", sha256(reason));
			}
		}
		return details;
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	/**
	 * Carries out a decision and appends {@value #AUDIT_ACTION} to the audit trail
	 * (actor, item id, decision, request types and ids opened; a dismissal's reason as a
	 * code when it is one, else only its SHA-256: free text may name people).
	 * @param id the triage item
	 * @param decision the decision
	 * @param actor the staff user name
	 * @return the resolution
	 */
	TriageItem.Resolution decide(String id, TriageDecision decision, String actor) {
		TriageItem item = this.store.find(id).orElseThrow(() -> new NotFoundException("Triage item", "with this id"));
		if (item.status() != TriageItem.Status.OPEN) {
			throw new ConflictException("triage-item-closed", "The triage item is already " + item.status());
		}
		boolean hasTypes = decision.types() != null && !decision.types().isEmpty();
		if (decision.dismissing() == hasTypes) {
			throw new InvalidInputException("types", "give either types to open or dismiss=true with a reason");
		}
		TriageItem.Resolution resolution = decision.dismissing() ? dismissal(decision)
				: opening(item, types(decision.types()), decision.language());
		TriageItem.Status status = decision.dismissing() ? TriageItem.Status.DISMISSED : TriageItem.Status.RESOLVED;
		if (!this.store.close(item, status, resolution)) {
			throw new ConflictException("triage-item-changed", "The triage item changed meanwhile; read it again");
		}
		log.info("Triage item {} {}: requests {}", id, status, resolution.requestIds());
		this.audit.append(actor, AUDIT_ACTION,
				(resolution.requestIds().size() == 1) ? resolution.requestIds().get(0) : null,
				auditDetails(item, status, resolution));
		return resolution;
	}

	private TriageItem.Resolution dismissal(TriageDecision decision) {
		if (decision.reason() == null || decision.reason().isBlank()) {
			throw new InvalidInputException("reason", "is required to dismiss");
		}
		return new TriageItem.Resolution(this.clock.instant().truncatedTo(ChronoUnit.MILLIS), List.of(), List.of(),
				decision.reason().strip());
	}

	private TriageItem.Resolution opening(TriageItem item, Set<RequestType> types, String languageName) {
		if (item.sender() == null || !EmailAddress.isValid(item.sender())) {
			throw new ConflictException("triage-item-no-sender",
					"The triage item has no sender address to verify; dismiss it and contact the sender");
		}
		Language language = (languageName != null) ? Language.valueOf(languageName.toUpperCase(Locale.ROOT))
				: ((item.language() != null) ? item.language() : Language.FR);
		Subject subject = new Subject(EmailAddress.of(item.sender()), null, language);
		List<String> ids = new ArrayList<>();
		for (RequestType type : types) {
			UUID requestId = UUID
				.nameUUIDFromBytes(("oubli-triage:" + item.id() + ":" + type.name()).getBytes(StandardCharsets.UTF_8));
			this.requests.openOnce(requestId, type, subject, item.source());
			ids.add(requestId.toString());
		}
		return new TriageItem.Resolution(this.clock.instant().truncatedTo(ChronoUnit.MILLIS), List.copyOf(types), ids,
				null);
	}

	private static Set<RequestType> types(List<String> names) {
		Set<RequestType> types = EnumSet.noneOf(RequestType.class);
		for (String name : names) {
			String normalised = (name != null) ? name.strip().toUpperCase(Locale.ROOT) : "";
			try {
				types.add(RequestType.valueOf(normalised));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException("types", "must name request types: access, portability, erasure, "
						+ "rectification, restriction, objection");
			}
		}
		return types;
	}

}
