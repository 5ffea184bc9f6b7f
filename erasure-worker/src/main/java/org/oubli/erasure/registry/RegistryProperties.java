package org.oubli.erasure.registry;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The registry seed ({@code erasure-systems.yml}) and per-deployment base URLs.
 *
 * @param systems the systems stored on start when their id is not stored yet, in plan
 * order
 * @param baseUrls per http system id, a base URL that replaces the registry's (the dev
 * stack and tests run systems on other ports):
 * {@code oubli.erasure.base-urls.profiles=http://127.0.0.1:18091}
 * @param registryCacheFor how long the systems read from the store serve plans and
 * dispatches before they are read again (a change made on this instance applies at once,
 * one made on another instance within this time); zero reads every time
 */
@ConfigurationProperties("oubli.erasure")
public record RegistryProperties(@DefaultValue List<SystemDraft> systems, @DefaultValue Map<String, URI> baseUrls,
		@DefaultValue("PT1S") Duration registryCacheFor) {

	public RegistryProperties {
		if (registryCacheFor == null || registryCacheFor.isNegative()) {
			throw new IllegalArgumentException("oubli.erasure.registry-cache-for must be zero or positive");
		}
	}

}
