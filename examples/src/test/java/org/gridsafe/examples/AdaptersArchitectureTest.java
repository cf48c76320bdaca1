package org.gridsafe.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Here both adapters are on the classpath, so both directions of "adapters never import each other" can be checked. */
class AdaptersArchitectureTest {

    private static final JavaClasses GRIDSAFE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gridsafe");

    @Test
    void theJdbcAdapterDoesNotUseTheRestAdapter() {
        noClasses()
                .that()
                .resideInAPackage("org.gridsafe.jdbc..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.gridsafe.rest..")
                .check(GRIDSAFE);
    }

    @Test
    void theRestAdapterDoesNotUseTheJdbcAdapter() {
        noClasses()
                .that()
                .resideInAPackage("org.gridsafe.rest..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.gridsafe.jdbc..")
                .check(GRIDSAFE);
    }

    @Test
    void coreUsesNeitherAdapterNorTheExamples() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.gridsafe",
                        "org.gridsafe.grid..",
                        "org.gridsafe.hazard..",
                        "org.gridsafe.duty..",
                        "org.gridsafe.access..",
                        "org.gridsafe.casework..",
                        "org.gridsafe.stats..",
                        "org.gridsafe.port..",
                        "org.gridsafe.memory..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.gridsafe.jdbc..", "org.gridsafe.rest..", "org.gridsafe.examples..")
                .check(GRIDSAFE);
    }
}
