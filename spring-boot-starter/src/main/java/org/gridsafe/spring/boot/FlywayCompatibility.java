package org.gridsafe.spring.boot;

import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * GridSafe's migrations run on Flyway 13, whose configuration no longer has
 * {@code cleanOnValidationError}; Spring Boot 3.5's Flyway auto-configuration calls it and fails the
 * start with a {@link NoSuchMethodError}. When the Flyway on the class path lacks the method and the
 * application has not set {@code spring.flyway.enabled} itself, this turns Spring Boot's Flyway
 * auto-configuration off (GridSafe migrates with its own Flyway configuration) and says so. With an
 * older Flyway, or an explicit setting, it changes nothing.
 */
public final class FlywayCompatibility implements EnvironmentPostProcessor {

    static final String PROPERTY = "spring.flyway.enabled";
    static final String SOURCE = "gridsafeFlywayCompatibility";

    private final Log log;

    public FlywayCompatibility(DeferredLogFactory logs) {
        this.log = logs.getLog(FlywayCompatibility.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(PROPERTY) || !bootWouldFail()) {
            return;
        }
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE, Map.of(PROPERTY, "false")));
        log.info("Spring Boot's Flyway auto-configuration is off (spring.flyway.enabled=false): it does not run on"
                + " the Flyway version on the class path; GridSafe migrates its own schema. Set spring.flyway.enabled"
                + " to decide otherwise.");
    }

    /** Whether Flyway is present in a version whose configuration Spring Boot 3.5 cannot drive. */
    static boolean bootWouldFail() {
        Class<?> configuration;
        try {
            configuration = Class.forName(
                    "org.flywaydb.core.api.configuration.FluentConfiguration",
                    false,
                    FlywayCompatibility.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return false;
        }
        try {
            configuration.getMethod("cleanOnValidationError", boolean.class);
            return false;
        } catch (NoSuchMethodException e) {
            return true;
        }
    }
}
