package org.oubli.kit.security;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The staff accounts of one service, from {@link StaffProperties}: configured accounts
 * (bcrypt hashes only) plus, when asked for, the development accounts.
 */
public final class StaffAccounts {

	/** Development account with role AGENT; password {@code dev-agent-password}. */
	public static final String DEV_AGENT = "staff-agent";

	/** Development account with role ADMIN; password {@code dev-admin-password}. */
	public static final String DEV_ADMIN = "staff-admin";

	/** Development account with role AUDITOR; password {@code dev-auditor-password}. */
	public static final String DEV_AUDITOR = "staff-auditor";

	/**
	 * Development service account of the staff console, role AGENT; password
	 * {@code dev-console-password}. Trusted to name the acting member of staff
	 * ({@link StaffActors}) whenever the development accounts are on.
	 */
	public static final String DEV_CONSOLE = "oubli-console";

	private static final Logger log = LoggerFactory.getLogger(StaffAccounts.class);

	private static final String BCRYPT = "{bcrypt}";

	// bcrypt (cost 8) of the documented development passwords: never plain text here
	private static final List<StaffProperties.Account> DEV = List.of(
			new StaffProperties.Account(DEV_AGENT,
					BCRYPT + "$2a$08$XiiI78SuV/0Q7EbW7jirE.qVus2hB4OuaiMPp4a3fIfNJHdV3oH1O", List.of(StaffRole.AGENT)),
			new StaffProperties.Account(DEV_ADMIN,
					BCRYPT + "$2a$08$asxkzcqTb8434d3oOgu59ORVa9UZLxRLR.dfiJI4NmrPlbXs/3nvy", List.of(StaffRole.ADMIN)),
			new StaffProperties.Account(DEV_AUDITOR,
					BCRYPT + "$2a$08$9j9CGdD7oBn7WDR/vL/ZU.DIHcoxkbkXJtZ2wZtoQgtHKdtNBPFdK",
					List.of(StaffRole.AUDITOR)),
			new StaffProperties.Account(DEV_CONSOLE,
					BCRYPT + "$2a$08$EHH5oGHqJydH7RpORGy4Oe50BR.DzZfdWehWuYnwrl2jqC6n3/4uK", List.of(StaffRole.AGENT)));

	private StaffAccounts() {
	}

	/**
	 * The accounts as a user store.
	 * @throws IllegalStateException when an account has no name, no role, a duplicate
	 * name, or a password that is not a bcrypt hash
	 */
	public static InMemoryUserDetailsManager of(StaffProperties properties, String application) {
		List<StaffProperties.Account> accounts = new ArrayList<>(properties.accounts());
		if (properties.devAccounts()) {
			log.warn(
					"{}: the DEVELOPMENT staff accounts {}, {}, {} and {} are enabled (oubli.staff.dev-accounts=true); "
							+ "their passwords are public: never enable them in a real deployment",
					application, DEV_AGENT, DEV_ADMIN, DEV_AUDITOR, DEV_CONSOLE);
			Set<String> configured = new HashSet<>();
			accounts.forEach((account) -> configured.add(account.username()));
			// an account configured explicitly (e.g. the console's, with its own hash)
			// wins
			DEV.stream().filter((dev) -> !configured.contains(dev.username())).forEach(accounts::add);
		}
		Set<String> names = new HashSet<>();
		List<UserDetails> users = new ArrayList<>();
		for (int i = 0; i < accounts.size(); i++) {
			StaffProperties.Account account = accounts.get(i);
			String where = "oubli.staff.accounts[" + i + "]";
			if (account.username() == null || account.username().isBlank()) {
				throw new IllegalStateException(where + ": username is required");
			}
			if (!names.add(account.username())) {
				throw new IllegalStateException(where + ": username " + account.username() + " is given twice");
			}
			if (account.password() == null || !account.password().startsWith(BCRYPT + "$2")) {
				throw new IllegalStateException(where + " (" + account.username()
						+ "): password must be a bcrypt hash written {bcrypt}$2a$..., never plain text");
			}
			if (account.roles().isEmpty()) {
				throw new IllegalStateException(where + " (" + account.username() + "): at least one role is required");
			}
			users.add(User.withUsername(account.username())
				.password(account.password())
				.roles(account.roles().stream().map(StaffRole::name).toArray(String[]::new))
				.build());
		}
		if (users.isEmpty()) {
			log.info("{}: no staff account is configured (oubli.staff.accounts): /staff/** answers 401", application);
		}
		return new InMemoryUserDetailsManager(users);
	}

}
