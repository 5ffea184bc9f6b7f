package org.oubli.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.test.context.ContextConfiguration;

/**
 * A test against the real infrastructure: put it next to {@code @SpringBootTest}. Kafka,
 * MongoDB and SMTP/IMAP properties are set from {@link OubliInfrastructure}; the test is
 * skipped when the requested infrastructure cannot run here.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(InfrastructureCondition.class)
@ContextConfiguration(initializers = OubliInfrastructureInitializer.class)
public @interface OubliIntegrationTest {

}
