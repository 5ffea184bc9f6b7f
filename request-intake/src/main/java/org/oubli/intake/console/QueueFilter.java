package org.oubli.intake.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.events.SlaState;
import org.oubli.intake.cases.CaseStatus;
import org.oubli.intake.deadline.DeadlinePolicies;

/**
 * The queue's filters, checked: each bad value is named (field and what is allowed), so
 * the page can say so instead of failing.
 *
 * @param status a case status, or {@code null}
 * @param type a request type, or {@code null}
 * @param jurisdiction a deadline policy id, or {@code null}
 * @param channel {@code api}, {@code form}, {@code email} or {@code account}, or
 * {@code null}
 * @param system a system id the case was sent to, or {@code null}
 * @param sla an SLA state, or {@code null}
 * @param ended whether ended cases (completed, closed, linked) are listed too
 * @param page the page, from 1
 * @param invalid the names of the filters whose value was refused
 */
record QueueFilter(CaseStatus status, RequestType type, String jurisdiction, String channel, String system,
		SlaState sla, boolean ended, int page, List<String> invalid) {

	static final Set<String> CHANNELS = Set.of("api", "form", "email", "account");

	private static final Pattern SYSTEM_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

	static QueueFilter of(String status, String type, String jurisdiction, String channel, String system, String sla,
			String ended, String page, DeadlinePolicies policies) {
		List<String> invalid = new ArrayList<>();
		CaseStatus parsedStatus = parse(status, CaseStatus.class, "status", invalid);
		RequestType parsedType = parse(type, RequestType.class, "type", invalid);
		SlaState parsedSla = parse(sla, SlaState.class, "sla", invalid);
		String parsedJurisdiction = blank(jurisdiction) ? null : jurisdiction.strip().toUpperCase(Locale.ROOT);
		if (parsedJurisdiction != null && policies.find(parsedJurisdiction).isEmpty()) {
			invalid.add("jurisdiction");
			parsedJurisdiction = null;
		}
		String parsedChannel = blank(channel) ? null : channel.strip().toLowerCase(Locale.ROOT);
		if (parsedChannel != null && !CHANNELS.contains(parsedChannel)) {
			invalid.add("channel");
			parsedChannel = null;
		}
		String parsedSystem = blank(system) ? null : system.strip();
		if (parsedSystem != null && !SYSTEM_ID.matcher(parsedSystem).matches()) {
			invalid.add("system");
			parsedSystem = null;
		}
		boolean showEnded = "true".equalsIgnoreCase(ended) || "on".equalsIgnoreCase(ended);
		if (!blank(ended) && !showEnded && !"false".equalsIgnoreCase(ended)) {
			invalid.add("ended");
		}
		int parsedPage = 1;
		if (!blank(page)) {
			try {
				parsedPage = Integer.parseInt(page.strip());
				if (parsedPage < 1 || parsedPage > 100_000) {
					throw new NumberFormatException();
				}
			}
			catch (NumberFormatException ex) {
				invalid.add("page");
				parsedPage = 1;
			}
		}
		return new QueueFilter(parsedStatus, parsedType, parsedJurisdiction, parsedChannel, parsedSystem, parsedSla,
				showEnded, parsedPage, List.copyOf(invalid));
	}

	/**
	 * Whether ended cases are listed: asked for, or the status filter is an ended one.
	 */
	boolean includesEnded() {
		return this.ended || (this.status != null && this.status.isTerminal());
	}

	private static <E extends Enum<E>> E parse(String value, Class<E> type, String name, List<String> invalid) {
		if (blank(value)) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			invalid.add(name);
			return null;
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
