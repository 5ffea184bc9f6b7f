package org.oubli.verification.web;

import io.micrometer.core.instrument.MeterRegistry;

import org.oubli.kit.web.PageLocaleResolver;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

/** The page's language choice and the per-client limit. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	@Bean
	ClientLimiter clientLimiter(ClientLimitProperties properties) {
		return new ClientLimiter(properties);
	}

	@Bean
	FilterRegistrationBean<ClientLimitFilter> clientLimitFilter(ClientLimiter limiter, MeterRegistry meters) {
		FilterRegistrationBean<ClientLimitFilter> registration = new FilterRegistrationBean<>(
				new ClientLimitFilter(limiter, meters));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	LocaleResolver localeResolver() {
		return new PageLocaleResolver();
	}

}
