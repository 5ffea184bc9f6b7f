package org.oubli.demo.partners;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The partners' connector APIs ({@code /<partner>/dsar/**}) and the behaviour switches
 * ({@code /<partner>/behaviour/**}) are machine APIs without cookies, like the kit's
 * {@code /dsar/**}: no CSRF token. The kit's rule only exempts {@code /dsar/**} at the
 * root, and each partner here lives under its own prefix, so without this chain every
 * call erasure-worker makes is refused with 403. Everything else keeps the kit's chains.
 */
@Configuration(proxyBeanMethods = false)
class PartnersSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain partnersConnectorChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/*/dsar/**", "/*/behaviour/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable);
		return http.build();
	}

}
