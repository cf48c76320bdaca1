package org.gridsafe;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The architecture of core, as rules that fail when the code drifts from docs/design.md and docs/architecture.md. */
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

    /** The floors of docs/architecture.md, top to bottom: root, memory, port, stats, casework, access, duty, grid and hazard. */
    static final List<String> FLOORS = List.of(
            "",
            "memory",
            "files",
            "port",
            "notice",
            "stats",
            "patrol",
            "inspection",
            "selfcheck",
            "casework",
            "registry",
            "lifecycle",
            "access",
            "duty",
            "checklist",
            "entity",
            "grid",
            "hazard",
            "media");

    /** docs/architecture.md's floors: concepts at the bottom, then statistics, ports, the in-memory store, the root. */
    @Test
    void conceptPackagesFormFloors() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Root")
                .definedBy("org.gridsafe")
                .layer("Memory")
                .definedBy("org.gridsafe.memory..")
                .layer("Files")
                .definedBy("org.gridsafe.files..")
                .layer("Port")
                .definedBy("org.gridsafe.port..")
                .layer("Notice")
                .definedBy("org.gridsafe.notice..")
                .layer("Stats")
                .definedBy("org.gridsafe.stats..")
                .layer("Patrol")
                .definedBy("org.gridsafe.patrol..")
                .layer("Inspection")
                .definedBy("org.gridsafe.inspection..")
                .layer("SelfCheck")
                .definedBy("org.gridsafe.selfcheck..")
                .layer("Casework")
                .definedBy("org.gridsafe.casework..")
                .layer("Registry")
                .definedBy("org.gridsafe.registry..")
                .layer("Lifecycle")
                .definedBy("org.gridsafe.lifecycle..")
                .layer("Access")
                .definedBy("org.gridsafe.access..")
                .layer("Duty")
                .definedBy("org.gridsafe.duty..")
                .layer("Checklist")
                .definedBy("org.gridsafe.checklist..")
                .layer("Entity")
                .definedBy("org.gridsafe.entity..")
                .layer("Grid")
                .definedBy("org.gridsafe.grid..")
                .layer("Hazard")
                .definedBy("org.gridsafe.hazard..")
                .layer("Media")
                .definedBy("org.gridsafe.media..")
                .whereLayer("Root")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Memory")
                .mayOnlyBeAccessedByLayers("Root")
                .whereLayer("Files")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Port")
                .mayOnlyBeAccessedByLayers("Memory", "Files", "Root")
                .whereLayer("Notice")
                .mayOnlyBeAccessedByLayers("Port", "Memory", "Root")
                .whereLayer("Stats")
                .mayOnlyBeAccessedByLayers("Port", "Memory", "Root")
                .whereLayer("Patrol")
                .mayOnlyBeAccessedByLayers("Stats", "Port", "Memory", "Root")
                .whereLayer("Inspection")
                .mayOnlyBeAccessedByLayers("Stats", "Port", "Memory", "Root")
                .whereLayer("SelfCheck")
                .mayOnlyBeAccessedByLayers("Stats", "Port", "Memory", "Root")
                .whereLayer("Casework")
                .mayOnlyBeAccessedByLayers("Patrol", "Inspection", "SelfCheck", "Stats", "Port", "Memory", "Root")
                .whereLayer("Registry")
                .mayOnlyBeAccessedByLayers(
                        "Patrol", "Inspection", "SelfCheck", "Casework", "Stats", "Port", "Memory", "Root")
                .whereLayer("Lifecycle")
                .mayOnlyBeAccessedByLayers(
                        "Patrol", "Inspection", "SelfCheck", "Registry", "Casework", "Stats", "Port", "Memory", "Root")
                .whereLayer("Access")
                .mayOnlyBeAccessedByLayers(
                        "Patrol",
                        "Inspection",
                        "SelfCheck",
                        "Registry",
                        "Lifecycle",
                        "Casework",
                        "Stats",
                        "Port",
                        "Memory",
                        "Root")
                .whereLayer("Duty")
                .mayOnlyBeAccessedByLayers(
                        "Patrol",
                        "Inspection",
                        "SelfCheck",
                        "Registry",
                        "Access",
                        "Casework",
                        "Stats",
                        "Port",
                        "Notice",
                        "Memory",
                        "Root")
                .whereLayer("Checklist")
                .mayOnlyBeAccessedByLayers(
                        "Patrol",
                        "Inspection",
                        "SelfCheck",
                        "Registry",
                        "Duty",
                        "Access",
                        "Casework",
                        "Stats",
                        "Port",
                        "Memory",
                        "Root")
                .whereLayer("Entity")
                .mayOnlyBeAccessedByLayers(
                        "Checklist",
                        "Patrol",
                        "Inspection",
                        "SelfCheck",
                        "Registry",
                        "Duty",
                        "Access",
                        "Casework",
                        "Stats",
                        "Port",
                        "Memory",
                        "Root")
                .whereLayer("Grid")
                .mayOnlyBeAccessedByLayers(
                        "Checklist",
                        "Patrol",
                        "Inspection",
                        "SelfCheck",
                        "Registry",
                        "Entity",
                        "Duty",
                        "Access",
                        "Casework",
                        "Stats",
                        "Port",
                        "Notice",
                        "Memory",
                        "Root")
                .whereLayer("Hazard")
                .mayOnlyBeAccessedByLayers(
                        "Checklist",
                        "Patrol",
                        "Inspection",
                        "SelfCheck",
                        "Registry",
                        "Entity",
                        "Duty",
                        "Access",
                        "Casework",
                        "Stats",
                        "Port",
                        "Memory",
                        "Root")
                .check(core);
    }

    /** A new package must be given a floor here (and in docs/architecture.md), or no rule would cover it. */
    @Test
    void everyPackageOfCoreHasAFloor() {
        Set<String> packages = new TreeSet<>();
        core.forEach(c -> {
            String name = c.getPackageName();
            String below = name.equals("org.gridsafe") ? "" : name.substring("org.gridsafe.".length());
            packages.add(below.contains(".") ? below.substring(0, below.indexOf('.')) : below);
        });
        assertThat(packages).containsExactlyInAnyOrderElementsOf(FLOORS);
    }

    @Test
    void gridAndHazardStandAlone() {
        noClasses()
                .that()
                .resideInAPackage("org.gridsafe.grid..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.gridsafe.hazard..")
                .check(core);
        noClasses()
                .that()
                .resideInAPackage("org.gridsafe.hazard..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.gridsafe.grid..")
                .check(core);
    }

    /** Supervised entities sit beside grid and hazard: they may use both, and neither uses them. */
    @Test
    void entityUsesOnlyGridAndHazard() {
        noClasses()
                .that()
                .resideInAPackage("org.gridsafe.entity..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.gridsafe",
                        "org.gridsafe.memory..",
                        "org.gridsafe.port..",
                        "org.gridsafe.casework..",
                        "org.gridsafe.access..",
                        "org.gridsafe.duty..",
                        "org.gridsafe.stats..")
                .check(core);
        noClasses()
                .that()
                .resideInAnyPackage("org.gridsafe.grid..", "org.gridsafe.hazard..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.gridsafe.entity..")
                .check(core);
    }

    /** Besides the one failure any port may throw (its store is down) and a directory change's refusal. */
    @Test
    void portsAreInterfacesRecordsAndEnums() {
        classes()
                .that()
                .resideInAPackage("org.gridsafe.port..")
                .and()
                .doNotHaveSimpleName("package-info")
                .and()
                .doNotHaveSimpleName("StoreUnavailableException")
                .and()
                .doNotHaveSimpleName("DirectoryChangeRefusedException")
                .should()
                .beInterfaces()
                .orShould()
                .beAssignableTo(Record.class)
                .orShould()
                .beEnums()
                .check(core);
    }

    /** Time comes from the injected Clock, so every decision can be replayed and tested. */
    @Test
    void coreNeverReadsTheClockOrRandomness() {
        noClasses()
                .should()
                .callMethod(Instant.class, "now")
                .orShould()
                .callMethod(LocalDate.class, "now")
                .orShould()
                .callMethod(LocalDateTime.class, "now")
                .orShould()
                .callMethod(ZonedDateTime.class, "now")
                .orShould()
                .callMethod(System.class, "currentTimeMillis")
                .orShould()
                .callMethod(UUID.class, "randomUUID")
                .check(core);
    }

    /** Media values are the bottom floor beside grid and hazard: events and ports hold them, they use no GridSafe package. */
    @Test
    void mediaStandsAlone() {
        noClasses()
                .that()
                .resideInAPackage("org.gridsafe.media..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.gridsafe",
                        "org.gridsafe.memory..",
                        "org.gridsafe.files..",
                        "org.gridsafe.port..",
                        "org.gridsafe.stats..",
                        "org.gridsafe.casework..",
                        "org.gridsafe.registry..",
                        "org.gridsafe.lifecycle..",
                        "org.gridsafe.access..",
                        "org.gridsafe.duty..",
                        "org.gridsafe.entity..",
                        "org.gridsafe.grid..",
                        "org.gridsafe.hazard..")
                .check(core);
    }
}
