package org.oubli.intake.console;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.oubli.kit.audit.AuditEntry;
import org.oubli.kit.audit.AuditTrail;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The audit page (AUDITOR, ADMIN): the entries of a date range (days in UTC, both
 * included), the result of walking the whole hash chain, and the range as CSV or JSON
 * (each download is itself recorded, {@code audit.exported}).
 */
@Controller
class AuditPageController {

	static final String PATH = ConsoleSecurityConfiguration.BASE + "/audit";

	/** At most this many entries are listed on the page; the downloads hold them all. */
	static final int MAX_LISTED = 500;

	/** The longest range one page or download covers. */
	static final int MAX_DAYS = 366;

	private final AuditTrail audit;

	private final Clock clock;

	AuditPageController(AuditTrail audit, Clock clock) {
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A checked date range.
	 *
	 * @param from the first day
	 * @param to the last day (included)
	 * @param invalid the fields refused
	 */
	record Range(LocalDate from, LocalDate to, List<String> invalid) {

		Instant start() {
			return this.from.atStartOfDay(ZoneOffset.UTC).toInstant();
		}

		Instant end() {
			return this.to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		}

	}

	@GetMapping(PATH)
	ModelAndView page(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		Range range = range(from, to);
		ModelAndView page = new ModelAndView("console/audit",
				range.invalid().isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
		page.addObject("range", range);
		page.addObject("asked", Map.of("from", (from != null) ? from : range.from().toString(), "to",
				(to != null) ? to : range.to().toString()));
		List<AuditEntry> entries = range.invalid().isEmpty() ? this.audit.between(range.start(), range.end())
				: List.of();
		page.addObject("total", entries.size());
		page.addObject("entries", entries.subList(Math.max(0, entries.size() - MAX_LISTED), entries.size()));
		page.addObject("verification", this.audit.verify());
		return page;
	}

	@GetMapping(PATH + "/export")
	Object export(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String format, Authentication staff, HttpServletResponse response)
			throws IOException {
		Range range = range(from, to);
		boolean csv = "csv".equals(format);
		if (!range.invalid().isEmpty() || !(csv || "json".equals(format))) {
			return page(from, to);
		}
		Map<String, String> details = new LinkedHashMap<>();
		details.put("format", format);
		details.put("from", range.from().toString());
		details.put("to", range.to().toString());
		this.audit.append(staff.getName(), "audit.exported", null, details);
		response.setStatus(HttpServletResponse.SC_OK);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setContentType(csv ? "text/csv;charset=UTF-8" : "application/json;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"oubli-audit-" + range.from() + "-" + range.to() + "." + format + "\"");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		if (csv) {
			this.audit.exportCsv(range.start(), range.end(), out);
		}
		else {
			this.audit.exportJson(range.start(), range.end(), out);
		}
		out.flush();
		return null;
	}

	private Range range(String from, String to) {
		List<String> invalid = new ArrayList<>();
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
		LocalDate last = date(to, today, "to", invalid);
		LocalDate first = date(from, last.minusDays(29), "from", invalid);
		if (invalid.isEmpty() && first.isAfter(last)) {
			invalid.add("order");
		}
		if (invalid.isEmpty() && first.plusDays(MAX_DAYS).isBefore(last)) {
			invalid.add("length");
		}
		return new Range(first, last, List.copyOf(invalid));
	}

	private static LocalDate date(String text, LocalDate otherwise, String field, List<String> invalid) {
		if (text == null || text.isBlank()) {
			return otherwise;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			invalid.add(field);
			return otherwise;
		}
	}

}
