package org.oubli.intake.deadline;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The deadline policies (from the policy file) and the default one. */
@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

	@Bean
	DeadlinePolicies deadlinePolicies(DeadlineProperties properties) throws IOException {
		try (InputStream in = properties.policies().getInputStream()) {
			return PolicyFile.read(in);
		}
	}

	/** The default policy, for requests whose country no policy covers. */
	@Bean
	DeadlinePolicy defaultDeadlinePolicy(DeadlinePolicies policies, DeadlineProperties properties) {
		return policies.get(properties.jurisdiction());
	}

}
