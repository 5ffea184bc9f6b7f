package org.oubli.export;

import org.junit.jupiter.api.Test;

import org.oubli.export.testing.ExportWorkerTest;
import org.oubli.testsupport.StaffRoutes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every staff route of export-worker, found in its request mappings, refuses anonymous
 * callers (401) and the wrong roles (403). That a refused retry changes nothing is shown
 * in {@link StaffExportAuditIT}.
 */
@ExportWorkerTest
class StaffRoutesIT {

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	@Test
	void everyStaffRouteRefusesAnonymousCallersAndWrongRoles() {
		StaffRoutes routes = StaffRoutes.of(this.context);

		assertThat(routes.names()).contains("GET /staff/api/v1/exports/{requestId}",
				"POST /staff/api/v1/exports/{requestId}/retry", "GET /staff/api/v1/audit",
				"GET /staff/api/v1/audit/verification");
		assertThat(routes.unclassified()).isEmpty();
		assertThat(routes.assertEveryRouteRefuses("http://127.0.0.1:" + this.port)).isGreaterThanOrEqualTo(7);
	}

}
