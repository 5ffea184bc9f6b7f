package org.oubli.testsupport;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;

/** Points a Spring test context at the shared {@link OubliInfrastructure}. */
public class OubliInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final String INLINED_TEST_PROPERTIES = "Inlined Test Properties";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (!OubliInfrastructure.available()) {
			return;
		}
		MutablePropertySources sources = context.getEnvironment().getPropertySources();
		MapPropertySource infrastructure = new MapPropertySource("oubliInfrastructure",
				OubliInfrastructure.get().springProperties());
		// below a test's own inlined properties, so a test can still point elsewhere;
		// above every file
		if (sources.contains(INLINED_TEST_PROPERTIES)) {
			sources.addAfter(INLINED_TEST_PROPERTIES, infrastructure);
		}
		else {
			sources.addFirst(infrastructure);
		}
	}

}
