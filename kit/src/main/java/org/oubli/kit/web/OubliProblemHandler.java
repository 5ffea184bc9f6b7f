package org.oubli.kit.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of an Oubli HTTP API as RFC 9457 problem details. Field errors are listed
 * under {@code errors} with the field's JSON path; submitted values are never echoed
 * (they may be personal data); unexpected failures answer 500 with a reference, never a
 * stack trace.
 */
@RestControllerAdvice
public class OubliProblemHandler extends ResponseEntityExceptionHandler {

	/** Base of the problem type URIs. */
	public static final String TYPE_BASE = "https://oubli.org/problems/";

	private static final Logger log = LoggerFactory.getLogger(OubliProblemHandler.class);

	/** One invalid field. */
	public record FieldProblem(String field, String message) {
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(new FieldProblem(error.getField(), error.getDefaultMessage()));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> errors.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
		return invalid(errors);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		BodyTooLargeException tooLarge = find(ex, BodyTooLargeException.class);
		if (tooLarge != null) {
			return problem(HttpStatus.BAD_REQUEST, "body-too-large", tooLarge.getMessage(), Map.of());
		}
		DatabindException databind = find(ex, DatabindException.class);
		if (databind != null && !databind.getPath().isEmpty()) {
			String field = path(databind);
			return invalid(List.of(new FieldProblem(field, explain(databind))));
		}
		if (find(ex, JacksonException.class) != null || ex.getCause() == null) {
			return problem(HttpStatus.BAD_REQUEST, "malformed-body",
					"The request body is not well-formed JSON of the expected shape", Map.of());
		}
		return problem(HttpStatus.BAD_REQUEST, "malformed-body", "The request body cannot be read", Map.of());
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(
			org.springframework.web.servlet.resource.NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		// the default detail repeats the path, which a client may have filled with
		// anything
		return problem(HttpStatus.NOT_FOUND, "not-found", "No such resource", Map.of());
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Object> notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "not-found", ex.getMessage(), Map.of());
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<Object> conflict(ConflictException ex) {
		return problem(HttpStatus.CONFLICT, ex.code(), ex.getMessage(), Map.of());
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<Object> invalidInput(InvalidInputException ex) {
		return invalid(List.of(new FieldProblem(ex.field(), ex.getMessage())));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex) {
		String reference = UUID.randomUUID().toString();
		// the message of an arbitrary exception may carry personal data: log its type
		// only
		log.error("Unexpected {} while handling a request [reference {}] at {}", ex.getClass().getName(), reference,
				ex.getStackTrace().length > 0 ? ex.getStackTrace()[0] : "?");
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
				"Something went wrong on our side. Reference: " + reference, Map.of("reference", reference));
	}

	private ResponseEntity<Object> invalid(List<FieldProblem> errors) {
		String detail = "Invalid request: "
				+ String.join("; ", errors.stream().map((error) -> error.field() + ": " + error.message()).toList());
		return problem(HttpStatus.BAD_REQUEST, "invalid-request", detail, Map.of("errors", errors));
	}

	static ResponseEntity<Object> problem(HttpStatus status, String type, String detail, Map<String, Object> extra) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + type));
		new LinkedHashMap<>(extra).forEach(problem::setProperty);
		return ResponseEntity.status(status)
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	private static String path(DatabindException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}

	private static String explain(DatabindException ex) {
		if (ex instanceof UnrecognizedPropertyException) {
			return "unknown field";
		}
		if (ex instanceof InvalidFormatException format && format.getTargetType() != null
				&& format.getTargetType().isEnum()) {
			return "unknown value; expected one of "
					+ Arrays.toString(format.getTargetType().getEnumConstants()).replaceAll("[\\[\\]]", "");
		}
		Throwable cause = ex.getCause();
		if (cause instanceof IllegalArgumentException && cause.getStackTrace().length > 0
				&& cause.getStackTrace()[0].getClassName().startsWith("org.oubli.")) {
			// our own validation messages never echo the value
			return cause.getMessage();
		}
		return "invalid value";
	}

	private static <T extends Throwable> T find(Throwable ex, Class<T> type) {
		Throwable current = ex;
		while (current != null) {
			if (type.isInstance(current)) {
				return type.cast(current);
			}
			current = (current.getCause() != current) ? current.getCause() : null;
		}
		return null;
	}

}
