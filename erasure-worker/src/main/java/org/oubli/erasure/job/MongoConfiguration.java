package org.oubli.erasure.job;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * Dates as the MongoDB driver writes them: {@code Instant} and {@code LocalDate} (a
 * retention end date) in UTC, whatever the machine's time zone.
 */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

	@Bean
	MongoCustomConversions mongoCustomConversions() {
		return MongoCustomConversions
			.create(MongoCustomConversions.MongoConverterConfigurationAdapter::useNativeDriverJavaTimeCodecs);
	}

}
