package org.oubli.testsupport;

import org.junit.jupiter.api.Test;

import org.oubli.testsupport.StaffRoutes.Access;
import org.oubli.testsupport.StaffRoutes.Role;
import org.oubli.testsupport.StaffRoutes.Route;

import static org.assertj.core.api.Assertions.assertThat;

class StaffRoutesTest {

	@Test
	void theRuleTableClassifiesTheKnownFamiliesAndNothingElse() {
		assertThat(StaffRoutes.classify("/staff/api/v1/audit")).isEqualTo(Access.AUDIT);
		assertThat(StaffRoutes.classify("/staff/api/v1/audit/verification")).isEqualTo(Access.AUDIT);
		assertThat(StaffRoutes.classify("/staff/api/v1/admin/anything/{id}")).isEqualTo(Access.ADMIN);
		assertThat(StaffRoutes.classify("/staff/api/v1/systems")).isEqualTo(Access.ADMIN);
		assertThat(StaffRoutes.classify("/staff/api/v1/systems/{id}/disable")).isEqualTo(Access.ADMIN);
		assertThat(StaffRoutes.classify("/staff/api/v1/erasures/{requestId}/tasks/{systemId}/retry"))
			.isEqualTo(Access.STAFF);
		assertThat(StaffRoutes.classify("/staff/console/cases/{id}")).isEqualTo(Access.CONSOLE);
		assertThat(StaffRoutes.classify("/staff/console")).isEqualTo(Access.CONSOLE);
		assertThat(StaffRoutes.classify("/staff/console/login")).isEqualTo(Access.PUBLIC);
		assertThat(StaffRoutes.classify("/staff/console/denied")).isEqualTo(Access.PUBLIC);
		assertThat(StaffRoutes.classify("/staff/console/")).isEqualTo(Access.CONSOLE);
		assertThat(StaffRoutes.classify("/staff/console/audit")).isEqualTo(Access.CONSOLE_AUDIT);
		assertThat(StaffRoutes.classify("/staff/console/audit/export")).isEqualTo(Access.CONSOLE_AUDIT);
		assertThat(StaffRoutes.classify("/staff/console/systems")).isEqualTo(Access.CONSOLE_ADMIN);
		assertThat(StaffRoutes.classify("/staff/console/systems/{id}/disable")).isEqualTo(Access.CONSOLE_ADMIN);
		assertThat(StaffRoutes.classify("/staff/api/v1/something-new")).isNull();
		assertThat(StaffRoutes.classify("/staff/reports")).isNull();
	}

	@Test
	void theWrongRolesFollowTheTable() {
		assertThat(new Route("GET", "/staff/api/v1/cases/{id}", Access.STAFF).wrongRoles()).isEmpty();
		assertThat(new Route("POST", "/staff/api/v1/cases/{id}/closure", Access.STAFF).wrongRoles())
			.containsExactly(Role.AUDITOR);
		assertThat(new Route("GET", "/staff/api/v1/systems", Access.ADMIN).wrongRoles())
			.containsExactlyInAnyOrder(Role.AGENT, Role.AUDITOR);
		assertThat(new Route("GET", "/staff/api/v1/audit", Access.AUDIT).wrongRoles()).containsExactly(Role.AGENT);
		assertThat(new Route("POST", "/staff/console/cases/{id}/extension", Access.CONSOLE).wrongRoles())
			.containsExactly(Role.AUDITOR);
		assertThat(new Route("GET", "/staff/console/audit", Access.CONSOLE_AUDIT).wrongRoles())
			.containsExactly(Role.AGENT);
		assertThat(new Route("GET", "/staff/console/systems", Access.CONSOLE_ADMIN).wrongRoles())
			.containsExactlyInAnyOrder(Role.AGENT, Role.AUDITOR);
	}

	@Test
	void fillsPathVariables() {
		String path = new Route("POST", "/staff/api/v1/erasures/{requestId}/tasks/{systemId}/retry", Access.STAFF)
			.path();
		assertThat(path).matches("/staff/api/v1/erasures/[0-9a-f-]{36}/tasks/profiles/retry");
		assertThat(new Route("GET", "/staff/files/{*rest}", null).path()).isEqualTo("/staff/files/any");
	}

}
