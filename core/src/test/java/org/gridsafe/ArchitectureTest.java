package org.gridsafe;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The architecture of core, as rules that fail when the code drifts from design.md. */
class ArchitectureTest {

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.gridsafe");
    }

    @Test
    void coreDependsOnlyOnTheAllowList() {
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "org.gridsafe..",
                        "com.google.common..",
                        "com.google.errorprone.annotations..",
                        "org.locationtech.jts..",
                        "org.slf4j..",
                        "org.immutables..",
                        "javax.annotation..")
                .check(core);
    }

    @Test
    void coreNeverTouchesStorageHttpJsonOrLoggingBackEnds() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "java.sql..",
                        "javax.sql..",
                        "java.net.http..",
                        "com.sun.net.httpserver..",
                        "com.fasterxml..",
                        "io.javalin..",
                        "org.flywaydb..",
                        "java.util.logging..",
                        "ch.qos.logback..")
                .check(core);
    }

    @Test
    void corePackagesAreFreeOfCycles() {
        slices().matching("org.gridsafe.(*)..").should().beFreeOfCycles().check(core);
    }

    @Test
    void noUtilPackagesAndNoVagueTypeNames() {
        noClasses()
                .should()
                .resideInAPackage("..util..")
                .orShould()
                .haveSimpleNameEndingWith("Impl")
                .orShould()
                .haveSimpleNameEndingWith("Manager")
                .orShould()
                .haveSimpleNameEndingWith("Helper")
                .orShould()
                .haveSimpleNameEndingWith("Util")
                .orShould()
                .haveSimpleNameEndingWith("Utils")
                .check(core);
    }

    @Test
    void coreDoesNotPrint() {
        noClasses()
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .check(core);
    }
}
