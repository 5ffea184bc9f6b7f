package org.oubli.intake.console;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.events.SlaState;
import org.oubli.intake.cases.CaseStatus;
import org.oubli.intake.deadline.DeadlinePolicies;
import org.oubli.intake.deadline.DeadlinePolicy;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The console's sign-in page, its refusal page and the queue of cases.
 */
@Controller
class ConsoleController {

	static final String BASE = ConsoleSecurityConfiguration.BASE;

	private final ConsoleCases cases;

	private final DeadlinePolicies policies;

	private final ConsoleProperties properties;

	private final ObjectProvider<ClientRegistrationRepository> registrations;

	ConsoleController(ConsoleCases cases, DeadlinePolicies policies, ConsoleProperties properties,
			ObjectProvider<ClientRegistrationRepository> registrations) {
		this.cases = cases;
		this.policies = policies;
		this.properties = properties;
		this.registrations = registrations;
	}

	@GetMapping({ BASE, BASE + "/" })
	String home() {
		return "redirect:" + BASE + "/cases";
	}

	@GetMapping(BASE + "/login")
	ModelAndView login(@RequestParam(name = "error", required = false) String error,
			@RequestParam(name = "signed-out", required = false) String signedOut) {
		ModelAndView page = new ModelAndView("console/login");
		page.addObject("failed", error != null);
		page.addObject("signedOut", signedOut != null);
		page.addObject("providers", providers());
		return page;
	}

	/**
	 * Where a refused request is forwarded to (403), and a CSRF failure (form expired).
	 */
	@RequestMapping(BASE + "/denied")
	ModelAndView denied(HttpServletRequest request) {
		ModelAndView page = new ModelAndView("console/denied", HttpStatus.FORBIDDEN);
		page.addObject("expired", request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException);
		return page;
	}

	@GetMapping(BASE + "/cases")
	ModelAndView queue(@RequestParam(required = false) String status, @RequestParam(required = false) String type,
			@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String channel,
			@RequestParam(required = false) String system, @RequestParam(required = false) String sla,
			@RequestParam(required = false) String ended, @RequestParam(required = false) String page) {
		QueueFilter filter = QueueFilter.of(status, type, jurisdiction, channel, system, sla, ended, page,
				this.policies);
		ModelAndView view = new ModelAndView("console/queue",
				filter.invalid().isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
		view.addObject("filter", filter);
		view.addObject("asked", new Asked(status, type, jurisdiction, channel, system, sla, filter.ended()));
		view.addObject("invalid", filter.invalid());
		view.addObject("queue", filter.invalid().isEmpty() ? this.cases.queue(filter, this.properties.pageSize())
				: new ConsoleCases.QueuePage(List.of(), 0, 1, 1, false));
		view.addObject("statusCounts", this.cases.countsByStatus());
		view.addObject("slaCounts", this.cases.countsBySla());
		view.addObject("statuses", Arrays.asList(CaseStatus.values()));
		view.addObject("types", Arrays.asList(RequestType.values()));
		view.addObject("slaStates",
				Arrays.stream(SlaState.values()).map((state) -> state.name().toLowerCase(Locale.ROOT)).toList());
		view.addObject("channels", List.of("api", "form", "email", "account"));
		view.addObject("jurisdictions", this.policies.all().stream().map(DeadlinePolicy::jurisdiction).toList());
		return view;
	}

	private List<Provider> providers() {
		List<Provider> providers = new ArrayList<>();
		ClientRegistrationRepository repository = this.registrations.getIfAvailable();
		if (repository instanceof Iterable<?> all) {
			for (Object registration : all) {
				if (registration instanceof ClientRegistration client) {
					providers.add(new Provider(client.getRegistrationId(), client.getClientName(),
							ConsoleSecurityConfiguration.OIDC_AUTHORIZATION + "/" + client.getRegistrationId()));
				}
			}
		}
		return providers;
	}

	/**
	 * An identity provider offered on the sign-in page.
	 *
	 * @param id the registration id
	 * @param name its name
	 * @param path where sign-in with it starts
	 */
	record Provider(String id, String name, String path) {

	}

	/**
	 * The filters as typed, to show them again (a refused value included).
	 *
	 * @param status status
	 * @param type type
	 * @param jurisdiction jurisdiction
	 * @param channel channel
	 * @param system system
	 * @param sla sla
	 * @param ended ended cases shown
	 */
	record Asked(String status, String type, String jurisdiction, String channel, String system, String sla,
			boolean ended) {

	}

}
