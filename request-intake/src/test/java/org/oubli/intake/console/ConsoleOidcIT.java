package org.oubli.intake.console;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.oubli.intake.fixtures.ConsoleClient;
import org.oubli.testsupport.OubliIntegrationTest;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With an OpenID Connect client registration configured, the sign-in page offers it and
 * sign-in starts at the identity provider with the console's redirect URI; the local
 * accounts still work.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.config.name=oubli-kit,request-intake",
		"spring.security.oauth2.client.registration.corp.client-id=oubli-console",
		"spring.security.oauth2.client.registration.corp.client-secret=test-secret",
		"spring.security.oauth2.client.registration.corp.client-name=Corp SSO",
		"spring.security.oauth2.client.registration.corp.authorization-grant-type=authorization_code",
		"spring.security.oauth2.client.registration.corp.redirect-uri={baseUrl}/staff/console/login/oauth2/code/{registrationId}",
		"spring.security.oauth2.client.registration.corp.scope=openid,profile",
		"spring.security.oauth2.client.provider.corp.authorization-uri=https://idp.example/auth",
		"spring.security.oauth2.client.provider.corp.token-uri=https://idp.example/token",
		"spring.security.oauth2.client.provider.corp.jwk-set-uri=https://idp.example/jwks",
		"spring.security.oauth2.client.provider.corp.user-name-attribute=sub",
		"oubli.console.oidc.role-mapping[oubli-agents]=AGENT" })
@OubliIntegrationTest
class ConsoleOidcIT {

	@LocalServerPort
	private int port;

	@Test
	void theSignInPageOffersTheIdentityProviderAndSignInStartsThere() {
		ConsoleClient console = new ConsoleClient(this.port);
		Document page = Jsoup.parse(console.get("/staff/console/login?lang=en").body());
		String start = page.select("#oidc-providers a[data-registration=corp]").attr("href");
		assertThat(start).isEqualTo("/staff/console/oauth2/authorization/corp");
		assertThat(page.select("#oidc-providers a").text()).isEqualTo("Corp SSO");

		HttpResponse<String> redirect = console.get(start);

		assertThat(redirect.statusCode()).isEqualTo(302);
		String location = URLDecoder.decode(redirect.headers().firstValue("Location").orElseThrow(),
				StandardCharsets.UTF_8);
		assertThat(location).startsWith("https://idp.example/auth?")
			.contains("client_id=oubli-console", "scope=openid profile",
					"redirect_uri=http://127.0.0.1:" + this.port + "/staff/console/login/oauth2/code/corp");
	}

	@Test
	void theLocalAccountsStillSignIn() {
		ConsoleClient console = new ConsoleClient(this.port).as("agent");

		assertThat(console.get("/staff/console/cases").statusCode()).isEqualTo(200);
	}

}
