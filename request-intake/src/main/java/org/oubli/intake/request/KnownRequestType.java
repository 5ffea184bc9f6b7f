package org.oubli.intake.request;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The value names a request type (in any letter case); {@code null} is valid. The message
 * never echoes an unknown value.
 */
@Documented
@Constraint(validatedBy = KnownRequestTypeValidator.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownRequestType {

	String message() default "unknown request type";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
