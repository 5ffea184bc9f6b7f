package org.oubli.intake.console;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.oubli.kit.security.StaffRole;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts {@code console} (who is signed in, what they may do) in the model of every console
 * page, whichever package its controller is in, for the layout.
 */
@ControllerAdvice
class ConsoleModel {

	@ModelAttribute("console")
	ConsoleUser console(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith(ConsoleSecurityConfiguration.BASE)) {
			return null;
		}
		return ConsoleUser.of(SecurityContextHolder.getContext().getAuthentication(), path, SystemsPageController.PATH);
	}

	@ModelAttribute("fmt")
	Times times(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith(ConsoleSecurityConfiguration.BASE) ? Times.UTC : null;
	}

	/** Instants as the console writes them: {@code 2026-11-22 15:46:20 UTC}. */
	static final class Times {

		static final Times UTC = new Times();

		private static final java.time.format.DateTimeFormatter FORMAT = java.time.format.DateTimeFormatter
			.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
			.withZone(java.time.ZoneOffset.UTC);

		public String at(java.time.Instant instant) {
			return (instant != null) ? FORMAT.format(instant) : "";
		}

	}

	/**
	 * The member of staff using the console.
	 *
	 * @param signedIn whether anyone is signed in
	 * @param name their user name
	 * @param role their main role ({@code agent}, {@code admin}, {@code auditor}), for
	 * display
	 * @param canAct AGENT or ADMIN: the action forms are shown
	 * @param canAudit AUDITOR or ADMIN: the audit page
	 * @param admin ADMIN
	 * @param path the page's path (for the language links)
	 * @param systemsUrl the systems registry page (administrators)
	 */
	record ConsoleUser(boolean signedIn, String name, String role, boolean canAct, boolean canAudit, boolean admin,
			String path, String systemsUrl) {

		static ConsoleUser of(Authentication authentication, String path, String systemsUrl) {
			if (authentication == null || !authentication.isAuthenticated()
					|| authentication instanceof AnonymousAuthenticationToken) {
				return new ConsoleUser(false, null, null, false, false, false, path, systemsUrl);
			}
			boolean agent = has(authentication, StaffRole.AGENT);
			boolean admin = has(authentication, StaffRole.ADMIN);
			boolean auditor = has(authentication, StaffRole.AUDITOR);
			String role = admin ? "admin" : agent ? "agent" : auditor ? "auditor" : "none";
			return new ConsoleUser(true, authentication.getName(), role, agent || admin, auditor || admin, admin, path,
					systemsUrl);
		}

		static boolean has(Authentication authentication, StaffRole role) {
			for (GrantedAuthority authority : authentication.getAuthorities()) {
				if (role.authority().equals(authority.getAuthority())) {
					return true;
				}
			}
			return false;
		}

		/** The role as the layout names it. */
		String roleKey() {
			return this.role.toLowerCase(Locale.ROOT);
		}

	}

}
