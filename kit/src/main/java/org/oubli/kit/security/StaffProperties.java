package org.oubli.kit.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Staff accounts ({@code oubli.staff.*}).
 *
 * @param accounts local accounts; each password is a {@code {bcrypt}} hash, never plain
 * text
 * @param devAccounts whether the documented development accounts exist too
 * ({@code staff-agent}, {@code staff-admin}, {@code staff-auditor}): for the dev stack
 * and tests only, announced by a warning at start
 */
@ConfigurationProperties("oubli.staff")
public record StaffProperties(@DefaultValue List<Account> accounts, @DefaultValue("false") boolean devAccounts) {

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
