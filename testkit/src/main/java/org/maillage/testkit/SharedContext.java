package org.maillage.testkit;

import io.micronaut.context.annotation.Factory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that runs in a service's context shared with every other class of its module asking for the same
 * settings (its {@link io.micronaut.test.support.TestPropertyProvider}): started once per JVM, on one database and
 * one topic prefix ({@link ServiceUnderTest#shared}), instead of the context, database and topics that
 * {@code @MicronautTest} starts for each class. Its {@code @Inject} fields are set from that context, and
 * {@code @Client("/")} reaches its server. A class that needs a fresh service (other settings, a database no other
 * class wrote to) keeps {@code @MicronautTest} and says why.
 *
 * <p>Meta-annotated {@code @Factory} for the same reason {@code @MicronautTest} is: Micronaut's processor then writes
 * the class's injection points, which {@code ApplicationContext.inject} needs.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
@Documented
@Factory
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedContextExtension.class)
public @interface SharedContext {
}
