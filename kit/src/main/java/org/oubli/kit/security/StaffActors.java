package org.oubli.kit.security;

import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.oubli.kit.web.InvalidInputException;

/**
 * Who a staff action is recorded as (the {@code actor} of an audit entry).
 * <p>
 * Normally the authenticated account. A staff console calls the other services with its
 * own service account and names the member of staff it acts for in the header
 * {@value #ON_BEHALF_OF}; that header counts only when the calling account is listed in
 * {@code oubli.staff.trusted-consoles} (or is the development console account
 * {@value StaffAccounts#DEV_CONSOLE} while the development accounts are on), and the
 * actor is then {@code <header> via <account>}, e.g. {@code alice via oubli-console}. Any
 * other caller's header is ignored. A trusted console sending a header that is not a
 * plausible user name (at most {@value #MAX_NAME} letters, digits and {@code . _ @ + -})
 * is refused (400): the action must not be recorded under a name nobody can trace.
 */
public class StaffActors {

	/** The header a trusted console names the acting member of staff in. */
	public static final String ON_BEHALF_OF = "X-Oubli-On-Behalf-Of";

	/** The actor of a call without authentication (never expected on a staff route). */
	public static final String ANONYMOUS = "anonymous";

	static final int MAX_NAME = 100;

	private static final Pattern PLAUSIBLE_NAME = Pattern.compile("[\\p{L}\\p{M}\\p{N}._@+\\-]{1," + MAX_NAME + "}");

	private final Set<String> trusted;

	public StaffActors(StaffProperties properties) {
		Set<String> consoles = new LinkedHashSet<>(properties.trustedConsoles());
		if (properties.devAccounts()) {
			consoles.add(StaffAccounts.DEV_CONSOLE);
		}
		this.trusted = Set.copyOf(consoles);
	}

	/**
	 * The actor of a staff call.
	 * @param principal the authenticated caller, or {@code null}
	 * @param request the call, whose {@value #ON_BEHALF_OF} header is read
	 * @return the account name, or {@code <on-behalf-of> via <account>} for a trusted
	 * console
	 * @throws InvalidInputException when a trusted console names an implausible user
	 */
	public String actorOf(Principal principal, HttpServletRequest request) {
		return actorOf((principal != null) ? principal.getName() : null,
				(request != null) ? request.getHeader(ON_BEHALF_OF) : null);
	}

	/**
	 * The actor for an account name and the value of its {@value #ON_BEHALF_OF} header.
	 * @param account the authenticated account name, or {@code null}
	 * @param onBehalfOf the header value, or {@code null}
	 * @return who to record
	 */
	public String actorOf(String account, String onBehalfOf) {
		if (account == null || account.isBlank()) {
			return ANONYMOUS;
		}
		if (onBehalfOf == null || !this.trusted.contains(account)) {
			return account;
		}
		String name = onBehalfOf.strip();
		if (!PLAUSIBLE_NAME.matcher(name).matches()) {
			throw new InvalidInputException(ON_BEHALF_OF, "must be a user name of at most " + MAX_NAME
					+ " letters, digits and . _ @ + - (no spaces or control characters)");
		}
		return name + " via " + account;
	}

	/** Whether an account may name the member of staff it acts for. */
	public boolean isTrustedConsole(String account) {
		return account != null && this.trusted.contains(account);
	}

}
