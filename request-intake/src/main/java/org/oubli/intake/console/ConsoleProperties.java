package org.oubli.intake.console;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Staff console settings ({@code oubli.console.*}).
 *
 * @param erasureUrl erasure-worker's base URL (job views, task retries and completions)
 * @param verificationUrl identity-verification's base URL (attestations)
 * @param serviceAccount the account the console calls the other services with, on behalf
 * of the signed-in member of staff
 * @param connectTimeout how long to wait for a connection to another service
 * @param readTimeout how long to wait for its answer
 * @param pageSize cases per page of the queue
 * @param oidc OpenID Connect sign-in (active only when a client registration is
 * configured under {@code spring.security.oauth2.client.registration})
 */
@ConfigurationProperties("oubli.console")
public record ConsoleProperties(@DefaultValue("http://localhost:8083") String erasureUrl,
		@DefaultValue("http://localhost:8082") String verificationUrl, @DefaultValue ServiceAccount serviceAccount,
		@DefaultValue("2s") Duration connectTimeout, @DefaultValue("5s") Duration readTimeout,
		@DefaultValue("50") int pageSize, @DefaultValue Oidc oidc) {

	/**
	 * The console's own account on the other services (role AGENT there, listed in their
	 * {@code oubli.staff.trusted-consoles}).
	 *
	 * @param username the account name
	 * @param password its password (plain text here: the other service keeps the hash)
	 */
	public record ServiceAccount(@DefaultValue("oubli-console") String username, String password) {

		@Override
		public String toString() {
			return "ServiceAccount[" + this.username + ", password=[hidden]]";
		}

	}

	/**
	 * Roles from the identity provider.
	 *
	 * @param rolesClaim the ID token / user info claim holding the user's groups or roles
	 * @param roleMapping claim value to console role ({@code AGENT}, {@code ADMIN},
	 * {@code AUDITOR}); values not listed give no role
	 */
	public record Oidc(@DefaultValue("groups") String rolesClaim, @DefaultValue Map<String, String> roleMapping) {

	}

}
