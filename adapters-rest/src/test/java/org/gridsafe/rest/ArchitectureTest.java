package org.gridsafe.rest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The adapter's shape: a small public surface, no other adapter, no logging back-end. */
class ArchitectureTest {

    static final JavaClasses REST = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gridsafe.rest");

    @Test
    void adapters_never_import_each_other() {
        noClasses()
                .that()
                .resideInAPackage("org.gridsafe.rest..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.gridsafe.jdbc..")
                .check(REST);
    }

    @Test
    void only_the_entry_type_and_the_token_port_are_public() {
        classes()
                .that()
                .resideInAPackage("org.gridsafe.rest")
                .and()
                .haveModifier(JavaModifier.PUBLIC)
                .and()
                .areTopLevelClasses()
                .should()
                .haveSimpleNameStartingWith("GridSafeHttpApi")
                .orShould()
                .haveSimpleName("ActorTokens")
                .orShould()
                .haveSimpleName("HashedActorTokens")
                .check(REST);
    }

    @Test
    void logging_goes_through_slf4j_only() {
        noClasses()
                .that()
                .resideInAPackage("org.gridsafe.rest..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("ch.qos.logback..", "java.util.logging..", "org.apache.logging..")
                .check(REST);
    }
}
