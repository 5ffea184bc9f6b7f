package org.oubli.export;

import org.oubli.export.archive.SummaryProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Configuration records and the sweeps (job pick-up, purge). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({ ExportProperties.class, SummaryProperties.class })
class ExportConfiguration {

}
