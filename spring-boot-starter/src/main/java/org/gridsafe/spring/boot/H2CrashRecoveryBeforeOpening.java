package org.gridsafe.spring.boot;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import org.gridsafe.jdbc.H2CrashRecovery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Runs {@link H2CrashRecovery#beforeOpening} on the URL of an H2 file pool before the pool exists
 * for anyone: H2 2.5 can open a file left by a crash without its newest commits, so the recovery
 * must come before the first connection. Spring Boot's pool connects lazily, so the moment its
 * bean is initialized is early enough.
 */
final class H2CrashRecoveryBeforeOpening implements BeanPostProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(H2CrashRecoveryBeforeOpening.class);

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool
                && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")) {
            H2CrashRecovery.beforeOpening(pool.getJdbcUrl())
                    .filter(outcome -> !outcome.wasClean())
                    .ifPresent(outcome -> LOG.info(
                            "the H2 database was not closed cleanly: recovered {} at store version {}",
                            outcome.file(),
                            outcome.recoveredVersion()));
        }
        return bean;
    }
}
