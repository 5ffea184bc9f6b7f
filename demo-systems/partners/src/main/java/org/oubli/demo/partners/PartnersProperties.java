package org.oubli.demo.partners;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the partners misbehave.
 *
 * @param flakyFailures flaky-partner answers 503 to this many calls of each instruction
 * @param slowDelay slow-partner answers after this long
 * @param forgetfulKeepsData forgetful-partner acknowledges erasures but keeps the data
 */
@ConfigurationProperties("oubli.demo.partners")
public record PartnersProperties(@DefaultValue("3") int flakyFailures, @DefaultValue("PT15S") Duration slowDelay,
		@DefaultValue("true") boolean forgetfulKeepsData) {

}
