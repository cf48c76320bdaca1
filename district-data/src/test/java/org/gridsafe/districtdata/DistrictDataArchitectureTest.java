package org.gridsafe.districtdata;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module works through core's ports only: it never reaches into an adapter or the examples. */
class DistrictDataArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gridsafe.districtdata");

    @Test
    void usesNoAdapter() {
        noClasses()
                .that()
                .resideInAPackage("org.gridsafe.districtdata..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.gridsafe.jdbc..", "org.gridsafe.rest..", "org.gridsafe.examples..")
                .check(MAIN);
    }
}
