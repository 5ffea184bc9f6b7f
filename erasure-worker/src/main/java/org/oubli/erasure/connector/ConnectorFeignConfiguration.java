package org.oubli.erasure.connector;

import feign.Client;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;

/**
 * The connector client's own Feign beans (not component-scanned: applied through
 * {@code @FeignClient(configuration = ...)} only): answers are read up to a size limit.
 */
class ConnectorFeignConfiguration {

	@Bean
	Client boundedClient(@Value("${oubli.erasure.connector.max-answer-size:262144}") int maxAnswerSize) {
		return new BoundedClient(new Client.Default(null, null), maxAnswerSize);
	}

}
