package org.oubli.intake.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.intake.sla.SlaProperties;
import org.oubli.kit.audit.AuditTrail;
import org.oubli.kit.security.StaffRole;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The systems registry page (ADMIN only): erasure-worker's registry as read through its
 * admin API, one Disable or Enable form per system (with a reason code and the version
 * the administrator saw), and the console's own non-secret settings. Each change is made
 * as the console's administrator account on behalf of the signed-in ADMIN (erasure-worker
 * records {@code <admin> via <account>}), and recorded here too ({@code system.disabled},
 * {@code system.enabled}: system id, reason code, new version). erasure-worker's refusals
 * come back in {@code #error}; erasure-worker down is a notice, never a 500.
 */
@Controller
class SystemsPageController {

	static final String PATH = ConsoleSecurityConfiguration.BASE + "/systems";

	/** Why an administrator disables or enables a system (labels: console bundles). */
	static final Map<String, List<String>> REASON_CODES = Map.of("disable",
			List.of("system-retired", "system-outage", "contract-ended", "configuration-error"), "enable",
			List.of("system-restored", "configuration-corrected", "disabled-by-mistake", "contract-signed"));

	private static final Logger log = LoggerFactory.getLogger(SystemsPageController.class);

	private final SystemsRegistry registry;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final ConsoleProperties properties;

	private final SlaProperties sla;

	private final ObjectProvider<ClientRegistrationRepository> oidc;

	SystemsPageController(SystemsRegistry registry, AuditTrail audit, MessageSource messages,
			ConsoleProperties properties, SlaProperties sla, ObjectProvider<ClientRegistrationRepository> oidc) {
		this.registry = registry;
		this.audit = audit;
		this.messages = messages;
		this.properties = properties;
		this.sla = sla;
		this.oidc = oidc;
	}

	/**
	 * A Disable or Enable form as sent.
	 *
	 * @param systemId the system
	 * @param action {@code disable} or {@code enable}
	 * @param reasonCode the code chosen
	 * @param errors field to message key
	 */
	record SystemForm(String systemId, String action, String reasonCode, Map<String, String> errors) {

	}

	/**
	 * The console's effective non-secret settings.
	 *
	 * @param erasureUrl erasure-worker's base URL
	 * @param verificationUrl identity-verification's base URL
	 * @param serviceAccount the console's account on the other services
	 * @param adminAccount its administrator account on erasure-worker
	 * @param adminAccountConfigured whether that account has a password
	 * @param atRiskDays {@code oubli.intake.sla.at-risk-days}
	 * @param pageSize cases per queue page
	 * @param connectTimeout connection timeout to the other services
	 * @param readTimeout answer timeout
	 * @param oidc whether OpenID Connect sign-in is on
	 */
	record Settings(String erasureUrl, String verificationUrl, String serviceAccount, String adminAccount,
			boolean adminAccountConfigured, int atRiskDays, int pageSize, String connectTimeout, String readTimeout,
			boolean oidc) {

	}

	@GetMapping(PATH)
	ModelAndView page(Authentication staff) {
		return page(staff, HttpStatus.OK, null);
	}

	@PostMapping(PATH + "/{id}/disable")
	ModelAndView disable(@PathVariable String id, @RequestParam(required = false) String reasonCode,
			@RequestParam(required = false) String version, Authentication staff, Locale locale,
			RedirectAttributes redirect) {
		return change(id, false, reasonCode, version, staff, locale, redirect);
	}

	@PostMapping(PATH + "/{id}/enable")
	ModelAndView enable(@PathVariable String id, @RequestParam(required = false) String reasonCode,
			@RequestParam(required = false) String version, Authentication staff, Locale locale,
			RedirectAttributes redirect) {
		return change(id, true, reasonCode, version, staff, locale, redirect);
	}

	private ModelAndView change(String id, boolean enable, String reasonCode, String version, Authentication staff,
			Locale locale, RedirectAttributes redirect) {
		if (!admin(staff)) {
			return denied();
		}
		String action = enable ? "enable" : "disable";
		Map<String, String> errors = new LinkedHashMap<>();
		if (reasonCode == null || reasonCode.isBlank()) {
			errors.put("reasonCode", "console.form.reason-code.required");
		}
		else if (!REASON_CODES.get(action).contains(reasonCode)) {
			errors.put("reasonCode", "console.form.reason-code.unknown");
		}
		Long seen = version(version);
		if (seen == null) {
			errors.put("version", "console.systems.version.invalid");
		}
		SystemForm form = new SystemForm(id, action, reasonCode, Map.copyOf(errors));
		if (!errors.isEmpty()) {
			ModelAndView page = page(staff, HttpStatus.BAD_REQUEST, form);
			page.addObject("error", this.messages.getMessage("console.form.invalid", null, locale));
			return page;
		}
		if (!this.registry.configured()) {
			return refused(staff, form, locale, "console.systems.not-configured", null);
		}
		ServiceClient.Answer answer;
		try {
			answer = this.registry.setEnabled(id, enable, seen, staff.getName());
		}
		catch (ServiceClient.Unreachable ex) {
			return refused(staff, form, locale, "console.refused.erasure-unreachable", "erasure-worker");
		}
		if (!answer.ok()) {
			log.info("Registry: erasure-worker refused to {} system {} ({})", action, id, answer.status());
			return refused(staff, form, locale, "console.refused.by-erasure", answer.problem());
		}
		Map<String, String> details = new LinkedHashMap<>();
		details.put("systemId", id);
		details.put("reasonCode", reasonCode);
		String newVersion = answer.body().path("version").asString("");
		if (!newVersion.isBlank()) {
			details.put("version", newVersion);
		}
		this.audit.append(staff.getName(), enable ? "system.enabled" : "system.disabled", null, details);
		redirect.addFlashAttribute("flash",
				this.messages.getMessage(enable ? "console.systems.done.enabled" : "console.systems.done.disabled",
						new Object[] { id }, locale));
		return new ModelAndView("redirect:" + PATH);
	}

	private ModelAndView refused(Authentication staff, SystemForm form, Locale locale, String key, String reason) {
		ModelAndView page = page(staff, HttpStatus.CONFLICT, form);
		page.addObject("error", this.messages.getMessage(key, new Object[] { reason }, locale));
		return page;
	}

	private ModelAndView page(Authentication staff, HttpStatus status, SystemForm form) {
		if (!admin(staff)) {
			return denied();
		}
		ModelAndView page = new ModelAndView("console/systems", status);
		SystemsRegistry.Listing listing = this.registry.list(staff.getName());
		page.addObject("listing", listing);
		page.addObject("form", form);
		page.addObject("reasonCodes", REASON_CODES);
		page.addObject("settings", settings());
		return page;
	}

	private Settings settings() {
		ConsoleProperties console = this.properties;
		return new Settings(console.erasureUrl(), console.verificationUrl(), console.serviceAccount().username(),
				console.adminAccount().username(), console.adminAccount().configured(), this.sla.atRiskDays(),
				console.pageSize(), console.connectTimeout().toString(), console.readTimeout().toString(),
				this.oidc.getIfAvailable() != null);
	}

	/**
	 * The administrator account is used for a signed-in ADMIN only (the security chain
	 * already says so; this is the console's own check before any call).
	 */
	private static boolean admin(Authentication staff) {
		return staff != null && ConsoleModel.ConsoleUser.has(staff, StaffRole.ADMIN);
	}

	private static ModelAndView denied() {
		return new ModelAndView("console/denied", HttpStatus.FORBIDDEN);
	}

	private static Long version(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			long version = Long.parseLong(text.strip());
			return (version > 0) ? version : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
