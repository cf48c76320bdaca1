package org.gridsafe.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridsafe.casework.CaseEvent;
import org.junit.jupiter.api.Test;

/** The adapter's edges: no other adapter, no driver classes, and a stored form for every event. */
class JdbcArchitectureTest {

    private static final JavaClasses ADAPTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gridsafe.jdbc");

    @Test
    void theAdapterDependsOnNoOtherAdapterAndNoDriver() {
        noClasses()
                .that()
                .resideInAPackage("org.gridsafe.jdbc..")
                // The one exception: it repairs an H2 file through H2's MVStore before any driver opens it.
                .and()
                .doNotHaveFullyQualifiedName(H2CrashRecovery.class.getName())
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.gridsafe.rest..",
                        "org.gridsafe.examples..",
                        "org.h2..",
                        "org.postgresql..",
                        "com.zaxxer..")
                .check(ADAPTER);
    }

    @Test
    void everyEventTypeHasAStoredForm() {
        Set<Class<?>> permitted =
                Arrays.stream(CaseEvent.class.getPermittedSubclasses()).collect(Collectors.toSet());
        assertThat(Set.copyOf(JsonCodec.eventTypesByName().values())).isEqualTo(permitted);
        assertThat(JsonCodec.eventTypesByName().keySet()).allMatch(name -> name.startsWith("case."));
    }
}
