package org.oubli.intake.console;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class OidcRoleMapperTest {

	private static final Map<String, String> MAPPING = Map.of("oubli-agents", "AGENT", "oubli-admins", "admin",
			"/compliance/auditors", "AUDITOR");

	@Test
	void groupsInTheIdTokenBecomeConsoleRoles() {
		OidcRoleMapper mapper = new OidcRoleMapper(new ConsoleProperties.Oidc("groups", MAPPING));

		Collection<? extends GrantedAuthority> roles = mapper.mapAuthorities(
				List.of(oidc(Map.of("groups", List.of("oubli-agents", "/compliance/auditors", "everyone")), null),
						new SimpleGrantedAuthority("SCOPE_openid")));

		assertThat(roles).extracting(GrantedAuthority::getAuthority)
			.containsExactlyInAnyOrder("ROLE_AGENT", "ROLE_AUDITOR");
	}

	@Test
	void theClaimIsConfigurableAndReadFromTheUserInfoWhenTheTokenHasNone() {
		OidcRoleMapper mapper = new OidcRoleMapper(new ConsoleProperties.Oidc("roles", MAPPING));

		Collection<? extends GrantedAuthority> roles = mapper
			.mapAuthorities(List.of(oidc(Map.of("groups", List.of("oubli-agents")), Map.of("roles", "oubli-admins"))));

		assertThat(roles).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_ADMIN");
	}

	@Test
	void aPlainOAuth2UserIsMappedFromItsAttributesAndAStringOfValuesIsSplit() {
		OidcRoleMapper mapper = new OidcRoleMapper(new ConsoleProperties.Oidc("groups", MAPPING));

		Collection<? extends GrantedAuthority> roles = mapper.mapAuthorities(
				List.of(new OAuth2UserAuthority(Map.of("sub", "u-1", "groups", "oubli-agents oubli-admins"), "sub")));

		assertThat(roles).extracting(GrantedAuthority::getAuthority)
			.containsExactlyInAnyOrder("ROLE_AGENT", "ROLE_ADMIN");
	}

	@Test
	void aUserWithoutAMappedValueGetsNoRoleAtAll() {
		OidcRoleMapper mapper = new OidcRoleMapper(new ConsoleProperties.Oidc("groups", MAPPING));

		assertThat(mapper.mapAuthorities(List.of(oidc(Map.of("groups", List.of("sales")), null),
				new SimpleGrantedAuthority("SCOPE_profile"), new SimpleGrantedAuthority("ROLE_ADMIN"))))
			.isEmpty();
		assertThat(mapper.mapAuthorities(List.of(oidc(Map.of(), null)))).isEmpty();
	}

	@Test
	void aMappingToAnUnknownRoleStopsTheStart() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new OidcRoleMapper(new ConsoleProperties.Oidc("groups", Map.of("x", "SUPERUSER"))))
			.withMessageContaining("SUPERUSER");
	}

	private static OidcUserAuthority oidc(Map<String, Object> claims, Map<String, Object> userInfo) {
		Map<String, Object> all = new java.util.HashMap<>(claims);
		all.put("sub", "user-1");
		OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), all);
		return new OidcUserAuthority(token, (userInfo != null) ? new OidcUserInfo(withSub(userInfo)) : null);
	}

	private static Map<String, Object> withSub(Map<String, Object> claims) {
		Map<String, Object> all = new java.util.HashMap<>(claims);
		all.put("sub", "user-1");
		return all;
	}

}
