package org.oubli.intake.triage;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.subject.EmailAddress;
import org.oubli.contracts.subject.Language;
import org.oubli.contracts.subject.Subject;
import org.oubli.intake.request.ChannelRequests;
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

	private static final Logger log = LoggerFactory.getLogger(TriageDecisions.class);

	private final TriageStore store;

	private final ChannelRequests requests;

	private final Clock clock;

	TriageDecisions(TriageStore store, ChannelRequests requests, Clock clock) {
		this.store = store;
		this.requests = requests;
		this.clock = clock;
	}

	TriageItem.Resolution decide(String id, TriageDecision decision) {
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
