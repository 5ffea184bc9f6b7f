package org.oubli.verification.code;

import org.oubli.contracts.connector.IdentityCheck;
import org.oubli.contracts.connector.IdentityCheckResult;

import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Calls the profiles system's {@code POST /dsar/v1/identity-checks}. Any failure
 * (timeout, non-2xx, unreadable answer) is {@link IdentityCheckUnavailableException},
 * naming neither the address nor the value.
 */
@Component
class HttpIdentityChecker implements IdentityChecker {

	private final RestClient client;

	private final IdentityCheckProperties properties;

	HttpIdentityChecker(IdentityCheckProperties properties) {
		SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
		factory.setConnectTimeout(properties.timeout());
		factory.setReadTimeout(properties.timeout());
		this.client = RestClient.builder().requestFactory(factory).build();
		this.properties = properties;
	}

	@Override
	public boolean matches(IdentityCheck check) {
		try {
			IdentityCheckResult result = this.client.post()
				.uri(this.properties.url())
				.contentType(MediaType.APPLICATION_JSON)
				.body(check)
				.retrieve()
				.body(IdentityCheckResult.class);
			if (result == null) {
				throw new IdentityCheckUnavailableException("Empty identity-check answer", null);
			}
			return result.match();
		}
		catch (RestClientException ex) {
			throw new IdentityCheckUnavailableException("Identity check failed (" + ex.getClass().getSimpleName() + ")",
					null);
		}
	}

}
