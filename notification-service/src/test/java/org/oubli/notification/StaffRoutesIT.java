package org.oubli.notification;

import org.junit.jupiter.api.Test;

import org.oubli.testsupport.OubliIntegrationTest;
import org.oubli.testsupport.StaffRoutes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * notification-service's only staff routes are the kit's audit trail: found in its
 * request mappings, they refuse anonymous callers (401) and agents (403).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=oubli-kit,notification-service")
@OubliIntegrationTest
class StaffRoutesIT {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Test
	void everyStaffRouteRefusesAnonymousCallersAndWrongRoles() {
		StaffRoutes routes = StaffRoutes.of(this.context);

		assertThat(routes.names()).containsExactlyInAnyOrder("GET /staff/api/v1/audit",
				"GET /staff/api/v1/audit/verification");
		assertThat(routes.unclassified()).isEmpty();
		assertThat(routes.assertEveryRouteRefuses("http://127.0.0.1:" + this.port)).isEqualTo(4);
	}

}
