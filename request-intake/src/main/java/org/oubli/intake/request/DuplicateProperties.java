package org.oubli.intake.request;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Duplicate detection settings.
 *
 * @param key the secret keying the open-case hash of type + email
 * ({@code OUBLI_INTAKE_DUPLICATE_KEY}; the built-in value is for development only)
 */
@ConfigurationProperties("oubli.intake.duplicates")
public record DuplicateProperties(String key) {

}
