package org.oubli.kit.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * HTTP API settings.
 *
 * @param maxBodySize the largest request body accepted under {@code /api/}
 */
@ConfigurationProperties("oubli.web")
public record WebProperties(@DefaultValue("64KB") DataSize maxBodySize) {

}
