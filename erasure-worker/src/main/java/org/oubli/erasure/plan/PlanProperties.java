package org.oubli.erasure.plan;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Plan settings.
 *
 * @param zone the controller's time zone: the fan-out date (start of every retention
 * period) is the date there
 */
@ConfigurationProperties("oubli.erasure.plan")
public record PlanProperties(@DefaultValue("Europe/Paris") ZoneId zone) {

}
