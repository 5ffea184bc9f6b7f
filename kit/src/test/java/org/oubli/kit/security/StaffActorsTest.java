package org.oubli.kit.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.oubli.kit.web.InvalidInputException;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StaffActorsTest {

	private final StaffActors actors = new StaffActors(new StaffProperties(List.of(), false, List.of("console-1")));

	@Test
	void theActorIsTheAuthenticatedAccount() {
		assertThat(this.actors.actorOf("alice", null)).isEqualTo("alice");
	}

	@Test
	void aTrustedConsoleNamesTheMemberOfStaffItActsFor() {
		assertThat(this.actors.actorOf("console-1", "alice")).isEqualTo("alice via console-1");
		assertThat(this.actors.actorOf("console-1", " bob.martin@example "))
			.isEqualTo("bob.martin@example via console-1");
	}

	@Test
	void theHeaderOfAnUntrustedAccountIsIgnored() {
		assertThat(this.actors.actorOf("staff-agent", "alice")).isEqualTo("staff-agent");
	}

	@Test
	void theDevelopmentConsoleIsTrustedOnlyWithTheDevelopmentAccounts() {
		assertThat(this.actors.actorOf(StaffAccounts.DEV_CONSOLE, "alice")).isEqualTo(StaffAccounts.DEV_CONSOLE);
		StaffActors dev = new StaffActors(new StaffProperties(List.of(), true));
		assertThat(dev.actorOf(StaffAccounts.DEV_CONSOLE, "alice")).isEqualTo("alice via oubli-console");
	}

	@Test
	void anImplausibleNameFromATrustedConsoleIsRefusedNamingTheHeader() {
		for (String bad : new String[] { "", "alice\nadmin", "alice via x", "a".repeat(101), "al\u0000ice",
				"<script>" }) {
			assertThatExceptionOfType(InvalidInputException.class)
				.isThrownBy(() -> this.actors.actorOf("console-1", bad))
				.satisfies((ex) -> assertThat(ex.field()).isEqualTo(StaffActors.ON_BEHALF_OF));
		}
		assertThat(this.actors.actorOf("console-1", "a".repeat(100))).startsWith("a".repeat(100) + " via");
	}

	@Test
	void readsThePrincipalAndTheHeaderOfARequest() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader(StaffActors.ON_BEHALF_OF, "alice");
		assertThat(this.actors.actorOf(new UsernamePasswordAuthenticationToken("console-1", null), request))
			.isEqualTo("alice via console-1");
		assertThat(this.actors.actorOf(null, request)).isEqualTo(StaffActors.ANONYMOUS);
	}

}
