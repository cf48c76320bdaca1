package org.gridsafe.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs the annotated API test class once per {@link FixtureStorage.Store}: in memory, on H2 and on
 * PostgreSQL. The class receives the store as its constructor argument, or (for a fixture shared by
 * the class's tests) in an {@code @Parameter} field that a static
 * {@code @BeforeParameterizedClassInvocation} method takes, and passes it to {@link HttpFixture},
 * which has no other constructor. {@code EveryApiTestRunsOnEveryStoreTest} fails for a class that builds a
 * fixture without this annotation, so no list of classes has to be kept by hand.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedClass(name = "on {0}")
@EnumSource(FixtureStorage.Store.class)
@interface OnEveryStore {}
