package org.oubli.intake.console;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.kit.security.StaffRole;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;

/**
 * Turns the identity provider's groups or roles into console roles: the claim
 * {@code oubli.console.oidc.roles-claim} (default {@code groups}) of the ID token, the
 * user info or the OAuth2 user attributes, each value looked up in
 * {@code oubli.console.oidc.role-mapping}. A user with no mapped value gets no role, so
 * every console page refuses them. The provider's own authorities (scopes) are dropped.
 */
public final class OidcRoleMapper implements GrantedAuthoritiesMapper {

	private static final Logger log = LoggerFactory.getLogger(OidcRoleMapper.class);

	private final String claim;

	private final Map<String, StaffRole> mapping;

	public OidcRoleMapper(ConsoleProperties.Oidc oidc) {
		this.claim = oidc.rolesClaim();
		this.mapping = new java.util.HashMap<>();
		oidc.roleMapping().forEach((value, role) -> {
			try {
				this.mapping.put(value, StaffRole.valueOf(role.strip().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException("oubli.console.oidc.role-mapping[" + value + "]: " + role
						+ " is not a role (AGENT, ADMIN or AUDITOR)");
			}
		});
	}

	@Override
	public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
		Set<GrantedAuthority> roles = new LinkedHashSet<>();
		for (GrantedAuthority authority : authorities) {
			Object values = null;
			if (authority instanceof OidcUserAuthority oidc) {
				values = oidc.getIdToken().getClaims().get(this.claim);
				if (values == null && oidc.getUserInfo() != null) {
					values = oidc.getUserInfo().getClaims().get(this.claim);
				}
			}
			else if (authority instanceof OAuth2UserAuthority user) {
				values = user.getAttributes().get(this.claim);
			}
			for (String value : valuesOf(values)) {
				StaffRole role = this.mapping.get(value);
				if (role != null) {
					roles.add(new SimpleGrantedAuthority(role.authority()));
				}
			}
		}
		if (roles.isEmpty()) {
			log.info("An OpenID Connect sign-in carried no value of claim '{}' mapped to a console role", this.claim);
		}
		return roles;
	}

	private static Collection<String> valuesOf(Object values) {
		if (values instanceof Collection<?> many) {
			return many.stream().map(String::valueOf).toList();
		}
		if (values instanceof String one) {
			// some providers send one space- or comma-separated string
			return java.util.Arrays.stream(one.split("[\\s,]+")).filter((value) -> !value.isEmpty()).toList();
		}
		return java.util.List.of();
	}

}
