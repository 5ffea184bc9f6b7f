package org.oubli.kit.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Staff accounts ({@code oubli.staff.*}).
 *
 * @param accounts local accounts; each password is a {@code {bcrypt}} hash, never plain
 * text
 * @param devAccounts whether the documented development accounts exist too
 * ({@code staff-agent}, {@code staff-admin}, {@code staff-auditor}): for the dev stack
 * and tests only, announced by a warning at start
 * @param trustedConsoles the accounts (service accounts of a staff console) whose
 * {@code X-Oubli-On-Behalf-Of} header names the member of staff actually acting (see
 * {@link StaffActors}); the header of any other account is ignored
 */
@ConfigurationProperties("oubli.staff")
public record StaffProperties(@DefaultValue List<Account> accounts, @DefaultValue("false") boolean devAccounts,
		@DefaultValue List<String> trustedConsoles) {

	@ConstructorBinding
	public StaffProperties {
	}

	/** Accounts without trusted consoles. */
	public StaffProperties(List<Account> accounts, boolean devAccounts) {
		this(accounts, devAccounts, List.of());
	}

	/**
	 * One staff account.
	 *
	 * @param username the login
	 * @param password the password hash, {@code {bcrypt}$2a$...}
	 * @param roles what the account may do
	 */
	public record Account(String username, String password, @DefaultValue List<StaffRole> roles) {

		@Override
		public String toString() {
			return "Account[" + this.username + ", password=[hash], roles=" + this.roles + "]";
		}

	}

}
