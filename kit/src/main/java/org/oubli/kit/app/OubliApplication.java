package org.oubli.kit.app;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts an Oubli service with its own configuration file name ({@code <name>.yml}) on
 * top of the kit's defaults ({@code oubli-kit.yml}), so that several services can share
 * one JVM (the dev stack, end-to-end tests) without reading each other's configuration.
 */
public final class OubliApplication {

	private OubliApplication() {
	}

	public static String configNames(String name) {
		return "oubli-kit," + name;
	}

	public static SpringApplicationBuilder builder(Class<?> application, String name) {
		return new SpringApplicationBuilder(application).properties("spring.config.name=" + configNames(name),
				"spring.application.name=" + name);
	}

	public static ConfigurableApplicationContext run(Class<?> application, String name, String... args) {
		return builder(application, name).run(args);
	}

}
