package org.oubli.kit.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Accounts hold bcrypt hashes only; the development accounts exist only when asked. */
class StaffAccountsTest {

	@Test
	void noAccountByDefault() {
		var accounts = StaffAccounts.of(new StaffProperties(List.of(), false), "test");
		assertThat(accounts.userExists(StaffAccounts.DEV_AGENT)).isFalse();
	}

	@Test
	void devAccountsOnlyWhenAsked() {
		var accounts = StaffAccounts.of(new StaffProperties(List.of(), true), "test");
		assertThat(accounts.loadUserByUsername(StaffAccounts.DEV_AGENT).getAuthorities()).extracting(Object::toString)
			.containsExactly("ROLE_AGENT");
		assertThat(accounts.loadUserByUsername(StaffAccounts.DEV_ADMIN).getAuthorities()).extracting(Object::toString)
			.containsExactly("ROLE_ADMIN");
		assertThat(accounts.loadUserByUsername(StaffAccounts.DEV_AUDITOR).getAuthorities()).extracting(Object::toString)
			.containsExactly("ROLE_AUDITOR");
	}

	@Test
	void theDevelopmentConsoleAccountIsAnAgent() {
		var accounts = StaffAccounts.of(new StaffProperties(List.of(), true), "test");
		assertThat(accounts.loadUserByUsername(StaffAccounts.DEV_CONSOLE).getAuthorities()).extracting(Object::toString)
			.containsExactly("ROLE_AGENT");
	}

	@Test
	void anAccountConfiguredUnderADevelopmentNameWinsOverTheDevelopmentOne() {
		var configured = new StaffProperties.Account(StaffAccounts.DEV_CONSOLE,
				"{bcrypt}$2a$08$XiiI78SuV/0Q7EbW7jirE.qVus2hB4OuaiMPp4a3fIfNJHdV3oH1O", List.of(StaffRole.ADMIN));
		var accounts = StaffAccounts.of(new StaffProperties(List.of(configured), true), "test");
		assertThat(accounts.loadUserByUsername(StaffAccounts.DEV_CONSOLE).getAuthorities()).extracting(Object::toString)
			.containsExactly("ROLE_ADMIN");
		assertThat(accounts.userExists(StaffAccounts.DEV_AGENT)).isTrue();
	}

	@Test
	void aPlainTextPasswordIsRefusedAtStart() {
		assertThatIllegalStateException().isThrownBy(() -> StaffAccounts.of(
				new StaffProperties(
						List.of(new StaffProperties.Account("dpo", "{noop}secret", List.of(StaffRole.ADMIN))), false),
				"test"))
			.withMessageContaining("bcrypt")
			.withMessageNotContaining("secret");
		assertThatIllegalStateException()
			.isThrownBy(() -> StaffAccounts.of(new StaffProperties(
					List.of(new StaffProperties.Account("dpo", "secret", List.of(StaffRole.ADMIN))), false), "test"))
			.withMessageContaining("bcrypt");
	}

	@Test
	void anAccountNeedsARole() {
		assertThatIllegalStateException().isThrownBy(
				() -> StaffAccounts.of(new StaffProperties(
						List.of(new StaffProperties.Account("dpo",
								"{bcrypt}$2a$08$XiiI78SuV/0Q7EbW7jirE.qVus2hB4OuaiMPp4a3fIfNJHdV3oH1O", List.of())),
						false), "test"))
			.withMessageContaining("role");
	}

}
