package org.oubli.intake.deadline;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The known deadline policies and the one new requests are opened under. */
@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

	@Bean
	DeadlinePolicies deadlinePolicies() {
		return new DeadlinePolicies(List.of(CalendarMonthsPolicy.gdprFrance()));
	}

	@Bean
	DeadlinePolicy intakeDeadlinePolicy(DeadlinePolicies policies, DeadlineProperties properties) {
		return policies.get(properties.jurisdiction());
	}

}
