package org.oubli.testsupport;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a Spring test context at the shared {@link OubliInfrastructure}. */
public class OubliInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (!OubliInfrastructure.available()) {
			return;
		}
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("oubliInfrastructure", OubliInfrastructure.get().springProperties()));
	}

}
