package org.oubli.intake.form;

import org.oubli.kit.web.PageLocaleResolver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

/** The form's language choice. */
@Configuration(proxyBeanMethods = false)
class FormConfiguration {

	@Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	LocaleResolver localeResolver() {
		return new PageLocaleResolver();
	}

}
