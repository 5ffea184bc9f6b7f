package org.oubli.intake.triage;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.oubli.kit.web.InvalidInputException;
import org.oubli.kit.web.NotFoundException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff API of triage: the messages a person must look at, and their decisions. */
@RestController
@RequestMapping(path = "/staff/api/v1/triage", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Triage (staff)", description = "Messages the classifier could not place, non-requests, unprocessable "
		+ "messages: list them, read one, open requests or dismiss.")
class TriageController {

	private static final int MAX_LIST = 200;

	private final TriageStore store;

	private final TriageDecisions decisions;

	TriageController(TriageStore store, TriageDecisions decisions) {
		this.store = store;
		this.decisions = decisions;
	}

	@GetMapping
	@Operation(summary = "List triage items",
			description = "Oldest first; senders masked, subjects shortened, no message text.")
	List<TriageViews.Summary> list(@RequestParam(defaultValue = "open") String status,
			@RequestParam(defaultValue = "50") int limit) {
		TriageItem.Status wanted;
		try {
			wanted = TriageItem.Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("status", "must be open, resolved or dismissed");
		}
		if (limit < 1 || limit > MAX_LIST) {
			throw new InvalidInputException("limit", "must be between 1 and " + MAX_LIST);
		}
		return this.store.list(wanted, limit).stream().map(TriageViews.Summary::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a triage item", description = "The sender, the new text of the message, the "
			+ "attachments noted (never their content), why it is here.")
	TriageViews.Detail get(@PathVariable String id) {
		return this.store.find(id)
			.map(TriageViews.Detail::of)
			.orElseThrow(() -> new NotFoundException("Triage item", "with this id"));
	}

	@GetMapping(path = "/{id}/raw", produces = MediaType.APPLICATION_OCTET_STREAM_VALUE)
	@Operation(summary = "Download what was kept of an unprocessable message",
			description = "The raw bytes as read from the mailbox, capped (oubli.intake.mail.raw-cap); headers only for "
					+ "a message over the size limit. 404 once the item is decided, or for a readable message.")
	ResponseEntity<byte[]> raw(@PathVariable String id) {
		TriageItem item = this.store.find(id)
			.filter((found) -> found.raw() != null)
			.orElseThrow(() -> new NotFoundException("Raw message", "with this id"));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(item.id() + ".eml").build().toString())
			.body(item.raw());
	}

	@PostMapping(path = "/{id}/resolution", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Decide on a triage item",
			description = "{\"types\":[\"erasure\"]} opens one request per type for the sender (channel email, "
					+ "identity verified by a code sent to the sender); {\"dismiss\":true,\"reason\":\"...\"} "
					+ "dismisses it. The message's content is then removed from the item. 409 if already decided.")
	TriageItem.Resolution resolve(@PathVariable String id, @Valid @RequestBody TriageDecision decision,
			Principal staff) {
		return this.decisions.decide(id, decision, (staff != null) ? staff.getName() : "unauthenticated");
	}

}
