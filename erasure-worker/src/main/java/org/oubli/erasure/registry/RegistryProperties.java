package org.oubli.erasure.registry;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The registry as configured ({@code erasure-systems.yml}).
 *
 * @param systems the data-holding systems, in the order plans list them
 * @param baseUrls per system id, a base URL that replaces the one in {@code systems} (the
 * dev stack and tests run systems on other ports):
 * {@code oubli.erasure.base-urls.profiles=http://127.0.0.1:18091}
 */
@ConfigurationProperties("oubli.erasure")
public record RegistryProperties(@DefaultValue List<RegisteredSystem> systems,
		@DefaultValue Map<String, URI> baseUrls) {

}
