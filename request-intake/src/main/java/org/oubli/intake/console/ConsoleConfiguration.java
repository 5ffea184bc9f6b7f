package org.oubli.intake.console;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The console's language filter, ahead of security (so that sign-in keeps the language).
 */
@Configuration(proxyBeanMethods = false)
class ConsoleConfiguration {

	@Bean
	FilterRegistrationBean<ConsoleLanguage> consoleLanguage() {
		FilterRegistrationBean<ConsoleLanguage> registration = new FilterRegistrationBean<>(new ConsoleLanguage());
		registration.addUrlPatterns(ConsoleSecurityConfiguration.BASE, ConsoleSecurityConfiguration.BASE + "/*");
		// before Spring Security's filter (-100)
		registration.setOrder(-200);
		return registration;
	}

}
