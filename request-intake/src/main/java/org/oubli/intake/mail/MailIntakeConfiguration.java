package org.oubli.intake.mail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Email intake: the poller runs only when {@code oubli.intake.mail.host} is set. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailIntakeProperties.class)
class MailIntakeConfiguration {

	@Bean
	@ConditionalOnExpression("!'${oubli.intake.mail.host:}'.isBlank()")
	MailboxPoller mailboxPoller(MailIntakeProperties properties, MailIntake intake) {
		return new MailboxPoller(properties, intake);
	}

}
