package org.oubli.demo.connector.anonymise;

import java.util.Base64;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the {@link KeyedHashPseudonymiser} from {@code oubli.demo.anonymise.*}. A system
 * that pseudonymises imports it; a missing or short key stops its startup.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AnonymiseProperties.class)
public class AnonymiseConfiguration {

	@Bean
	KeyedHashPseudonymiser keyedHashPseudonymiser(AnonymiseProperties properties) {
		if (properties.pseudonymKey() == null || properties.pseudonymKey().isBlank()) {
			throw new IllegalStateException("oubli.demo.anonymise.pseudonym-key is not set");
		}
		byte[] key;
		try {
			key = Base64.getDecoder().decode(properties.pseudonymKey().strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("oubli.demo.anonymise.pseudonym-key is not Base64");
		}
		return new KeyedHashPseudonymiser(key, properties.pseudonymKeyId());
	}

}
