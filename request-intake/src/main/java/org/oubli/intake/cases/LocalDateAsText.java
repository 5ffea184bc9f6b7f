package org.oubli.intake.cases;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * Stores calendar dates (due dates, retention dates) as ISO {@code YYYY-MM-DD} text: a
 * {@link LocalDate} has no time zone, and a BSON date would pin it to the zone of
 * whichever JVM wrote it. ISO text still sorts and compares correctly.
 */
@Configuration(proxyBeanMethods = false)
class LocalDateAsText {

	@Bean
	MongoCustomConversions mongoCustomConversions() {
		return new MongoCustomConversions(List.of(new Write(), new Read()));
	}

	@WritingConverter
	static final class Write implements Converter<LocalDate, String> {

		@Override
		public String convert(LocalDate source) {
			return source.toString();
		}

	}

	@ReadingConverter
	static final class Read implements Converter<String, LocalDate> {

		@Override
		public LocalDate convert(String source) {
			return LocalDate.parse(source);
		}

	}

}
