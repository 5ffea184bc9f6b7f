package org.oubli.kit.audit.web;

import java.io.IOException;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.oubli.kit.audit.AuditTrail;
import org.oubli.kit.audit.ChainVerification;
import org.oubli.kit.security.StaffActors;
import org.oubli.kit.web.InvalidInputException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail of this service for auditors and administrators (role AUDITOR or ADMIN;
 * an agent gets 403).
 * <ul>
 * <li>{@code GET /staff/api/v1/audit?from=YYYY-MM-DD&to=YYYY-MM-DD&format=json|csv}
 * (optional {@code target=<request id>}): the entries of the days {@code from} to
 * {@code to}, both included, in UTC, oldest first; JSON by default, CSV as an attachment.
 * At most {@value #MAX_DAYS} days. Every export is itself recorded
 * ({@code audit.exported}: who, the range, the format, the target).</li>
 * <li>{@code GET /staff/api/v1/audit/verification}: walks the whole chain and says
 * whether it is intact, how many entries were checked and the first broken one.</li>
 * </ul>
 * A bad parameter is a 400 problem naming it. Parameters are read as text and checked
 * here, so that a wrong role is refused (403) before any parameter is looked at.
 */
@RestController
@RequestMapping(AuditController.PATH)
@PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
public class AuditController {

	/** Where the trail is served. */
	public static final String PATH = "/staff/api/v1/audit";

	/** The action recorded for every export. */
	public static final String EXPORTED = "audit.exported";

	/** The longest range one export may cover, in days. */
	public static final int MAX_DAYS = 366;

	private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private final AuditTrail trail;

	private final StaffActors actors;

	private final String service;

	public AuditController(AuditTrail trail, StaffActors actors, String service) {
		this.trail = trail;
		this.actors = actors;
		this.service = service;
	}

	@GetMapping
	public void export(@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to,
			@RequestParam(name = "format", required = false) String format,
			@RequestParam(name = "target", required = false) String target, Principal principal,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		LocalDate first = date("from", from);
		LocalDate last = date("to", to);
		if (last.isBefore(first)) {
			throw new InvalidInputException("to", "must not be before from");
		}
		if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
			throw new InvalidInputException("to", "the range may cover at most " + MAX_DAYS + " days");
		}
		String kind = (format == null || format.isBlank()) ? "json" : format.strip().toLowerCase(Locale.ROOT);
		if (!kind.equals("json") && !kind.equals("csv")) {
			throw new InvalidInputException("format", "must be json or csv");
		}
		String requestId = null;
		if (target != null && !target.isBlank()) {
			try {
				requestId = UUID.fromString(target.strip()).toString();
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException("target", "must be a request id (UUID)");
			}
		}
		String actor = this.actors.actorOf(principal, request);
		Map<String, String> details = new LinkedHashMap<>();
		details.put("from", first.toString());
		details.put("to", last.toString());
		details.put("format", kind);
		if (requestId != null) {
			details.put("target", requestId);
		}
		// recorded before the entries are written: an export cut short still happened
		this.trail.append(actor, EXPORTED, null, details);
		Instant start = first.atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant end = last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		response.setCharacterEncoding("UTF-8");
		if (kind.equals("csv")) {
			response.setContentType(CSV.toString());
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-" + this.service + "-"
					+ first + "-" + last + ((requestId != null) ? "-" + requestId : "") + ".csv\"");
			this.trail.exportCsv(start, end, requestId, response.getWriter());
		}
		else {
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			this.trail.exportJson(start, end, requestId, response.getWriter());
		}
		response.getWriter().flush();
	}

	@GetMapping(path = "/verification", produces = MediaType.APPLICATION_JSON_VALUE)
	public Verification verification() {
		ChainVerification result = this.trail.verify();
		return new Verification(this.service, result.intact(), result.checked(), result.firstBrokenSequence(),
				result.problem());
	}

	private static LocalDate date(String name, String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(name, "is required (YYYY-MM-DD, UTC)");
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(name, "must be a date written YYYY-MM-DD");
		}
	}

	/**
	 * The result of a chain check.
	 *
	 * @param service whose trail
	 * @param ok whether every entry matches its hash and its predecessor
	 * @param entriesChecked how many entries were found intact
	 * @param firstBrokenEntry the sequence number of the first entry that does not match,
	 * or {@code null}
	 * @param problem what is wrong with it, or {@code null}
	 */
	public record Verification(String service, boolean ok, long entriesChecked, Long firstBrokenEntry, String problem) {
	}

}
