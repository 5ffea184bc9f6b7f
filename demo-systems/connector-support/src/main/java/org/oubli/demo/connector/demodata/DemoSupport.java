package org.oubli.demo.connector.demodata;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * What every demo system offers beside its connector: its {@link DemoData} seeded at
 * start, and {@code GET /demo/subjects/{accountId}}. Import it from the application
 * class, beside a {@code ConnectedSystem} bean, one {@link DemoData} and the system's
 * {@code DataCategory} beans.
 */
@Configuration(proxyBeanMethods = false)
@Import({ DemoDataSeeder.class, SubjectSummaryController.class })
public class DemoSupport {

}
