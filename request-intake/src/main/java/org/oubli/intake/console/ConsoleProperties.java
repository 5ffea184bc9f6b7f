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
 * @param adminAccount the account the console calls erasure-worker's systems registry
 * with (role ADMIN there), only on behalf of a signed-in ADMIN
 */
@ConfigurationProperties("oubli.console")
public record ConsoleProperties(@DefaultValue("http://localhost:8083") String erasureUrl,
		@DefaultValue("http://localhost:8082") String verificationUrl, @DefaultValue ServiceAccount serviceAccount,
		@DefaultValue("2s") Duration connectTimeout, @DefaultValue("5s") Duration readTimeout,
		@DefaultValue("50") int pageSize, @DefaultValue Oidc oidc, @DefaultValue AdminAccount adminAccount) {

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
	 * The console's administrator account on erasure-worker (role ADMIN there, listed in
	 * its {@code oubli.staff.trusted-consoles}): used for the systems registry only, and
	 * only for a signed-in ADMIN (the console checks the role before every call). Without
	 * a password the registry page says it is not configured and calls nothing.
	 *
	 * @param username the account name
	 * @param password its password (plain text here: erasure-worker keeps the hash)
	 */
	public record AdminAccount(@DefaultValue("oubli-console-admin") String username, String password) {

		/** Whether a password is set. */
		public boolean configured() {
			return this.password != null && !this.password.isBlank();
		}

		ServiceAccount asServiceAccount() {
			return new ServiceAccount(this.username, this.password);
		}

		@Override
		public String toString() {
			return "AdminAccount[" + this.username + ", password=[hidden]]";
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
