package org.gridsafe.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class FlywayCompatibilityTest {

    @Test
    void the_flyway_of_this_build_is_one_spring_boot_35_cannot_drive() {
        assertThat(FlywayCompatibility.bootWouldFail()).isTrue();
    }

    @Test
    void spring_boots_flyway_is_turned_off_unless_the_application_decided() {
        StandardEnvironment environment = new StandardEnvironment();
        new FlywayCompatibility(new DeferredLogs()).postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty(FlywayCompatibility.PROPERTY)).isEqualTo("false");

        StandardEnvironment decided = new StandardEnvironment();
        decided.getPropertySources()
                .addFirst(new MapPropertySource("host", Map.of(FlywayCompatibility.PROPERTY, "true")));
        new FlywayCompatibility(new DeferredLogs()).postProcessEnvironment(decided, new SpringApplication());
        assertThat(decided.getProperty(FlywayCompatibility.PROPERTY)).isEqualTo("true");
        assertThat(decided.getPropertySources().contains(FlywayCompatibility.SOURCE))
                .isFalse();
    }
}
