package org.oubli.kit.audit.web;

import org.oubli.kit.OubliKitAutoConfiguration;
import org.oubli.kit.audit.AuditTrail;
import org.oubli.kit.security.StaffActors;
import org.oubli.kit.security.StaffSecurityAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Serves the audit trail of every web service that has one ({@link AuditController}),
 * unless {@code oubli.audit.endpoint.enabled=false}.
 */
@AutoConfiguration(after = { OubliKitAutoConfiguration.class, StaffSecurityAutoConfiguration.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean({ AuditTrail.class, StaffActors.class })
@ConditionalOnProperty(name = "oubli.audit.endpoint.enabled", havingValue = "true", matchIfMissing = true)
public class AuditWebAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	AuditController oubliAuditController(AuditTrail trail, StaffActors actors, Environment environment) {
		return new AuditController(trail, actors, environment.getProperty("spring.application.name", "oubli"));
	}

}
