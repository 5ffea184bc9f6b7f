package org.oubli.erasure.connector;

import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Configuration;

/** Registers the one Feign client of this service, and nothing outside this package. */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients(clients = ConnectorClient.class)
class ConnectorConfiguration {

}
