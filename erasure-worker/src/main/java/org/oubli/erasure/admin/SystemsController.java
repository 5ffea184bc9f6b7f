package org.oubli.erasure.admin;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.oubli.contracts.registry.SystemDescriptor;
import org.oubli.erasure.registry.InvalidSystemException;
import org.oubli.erasure.registry.RegistryAdministration;
import org.oubli.erasure.registry.SystemDraft;
import org.oubli.kit.security.StaffActors;
import org.oubli.kit.web.OubliProblemHandler;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registry of data-holding systems for administrators. Every answer is the system as
 * published on {@code oubli.registry.systems} (with its {@code version}, also in the
 * {@code ETag}); every refusal is RFC 9457 problem details: 400 listing every bad field
 * under {@code errors}, 404, or 409 ({@code system-exists}, {@code stale-version},
 * {@code last-enabled-system}). Every change is on the audit trail (see
 * {@link RegistryAdministration}).
 *
 * <table>
 * <caption>routes</caption>
 * <tr>
 * <th>route</th>
 * <th>does</th>
 * </tr>
 * <tr>
 * <td>{@code GET /staff/api/v1/systems}</td>
 * <td>every system, in plan order</td>
 * </tr>
 * <tr>
 * <td>{@code GET /staff/api/v1/systems/{id}}</td>
 * <td>one system</td>
 * </tr>
 * <tr>
 * <td>{@code POST /staff/api/v1/systems}</td>
 * <td>registers one: 201 + {@code Location}</td>
 * </tr>
 * <tr>
 * <td>{@code PUT /staff/api/v1/systems/{id}}</td>
 * <td>replaces its description; the body carries the {@code version} it is based on</td>
 * </tr>
 * <tr>
 * <td>{@code POST /staff/api/v1/systems/{id}/disable}</td>
 * <td>leaves it out of new plans; an optional body {@code {"version": n}} refuses the
 * change (409 {@code stale-version}) if the system changed since version n</td>
 * </tr>
 * <tr>
 * <td>{@code POST /staff/api/v1/systems/{id}/enable}</td>
 * <td>includes it again (same optional body)</td>
 * </tr>
 * </table>
 */
@RestController
@RequestMapping(path = SystemsController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasRole('ADMIN')")
class SystemsController {

	static final String PATH = "/staff/api/v1/systems";

	private final RegistryAdministration registry;

	private final StaffActors actors;

	SystemsController(RegistryAdministration registry, StaffActors actors) {
		this.registry = registry;
		this.actors = actors;
	}

	@GetMapping
	List<SystemDescriptor> list() {
		return this.registry.list();
	}

	@GetMapping("/{id}")
	ResponseEntity<SystemDescriptor> get(@PathVariable String id) {
		return withVersion(ResponseEntity.ok(), this.registry.get(id));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<SystemDescriptor> create(@RequestBody SystemDraft draft, Principal staff,
			HttpServletRequest request) {
		SystemDescriptor created = this.registry.create(draft, this.actors.actorOf(staff, request));
		return withVersion(ResponseEntity.created(URI.create(PATH + "/" + created.id())), created);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<SystemDescriptor> update(@PathVariable String id, @RequestBody SystemDraft draft, Principal staff,
			HttpServletRequest request) {
		return withVersion(ResponseEntity.ok(), this.registry.update(id, draft, this.actors.actorOf(staff, request)));
	}

	@PostMapping("/{id}/disable")
	ResponseEntity<SystemDescriptor> disable(@PathVariable String id, @RequestBody(required = false) StateChange change,
			Principal staff, HttpServletRequest request) {
		return withVersion(ResponseEntity.ok(), this.registry.setEnabled(id, false,
				(change != null) ? change.version() : null, this.actors.actorOf(staff, request)));
	}

	@PostMapping("/{id}/enable")
	ResponseEntity<SystemDescriptor> enable(@PathVariable String id, @RequestBody(required = false) StateChange change,
			Principal staff, HttpServletRequest request) {
		return withVersion(ResponseEntity.ok(), this.registry.setEnabled(id, true,
				(change != null) ? change.version() : null, this.actors.actorOf(staff, request)));
	}

	/**
	 * The optional body of a disable or enable: the version the caller read (a system
	 * changed since is refused with 409 {@code stale-version}).
	 *
	 * @param version the version the change is based on, or {@code null}
	 */
	record StateChange(Long version) {
	}

	/** 400 naming every bad field, in the kit's shape ({@code invalid-request}). */
	@ExceptionHandler(InvalidSystemException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidSystemException ex) {
		List<OubliProblemHandler.FieldProblem> errors = ex.problems()
			.stream()
			.map((problem) -> new OubliProblemHandler.FieldProblem(problem.field(), problem.message()))
			.toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Invalid request: " + String.join("; ", ex.problems().stream().map(Object::toString).toList()));
		problem.setType(URI.create(OubliProblemHandler.TYPE_BASE + "invalid-request"));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static ResponseEntity<SystemDescriptor> withVersion(ResponseEntity.BodyBuilder builder,
			SystemDescriptor system) {
		return builder.eTag("\"" + system.version() + "\"").body(system);
	}

}
