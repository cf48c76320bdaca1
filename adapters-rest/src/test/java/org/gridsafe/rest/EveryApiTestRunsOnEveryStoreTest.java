package org.gridsafe.rest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The discovery behind "every API test runs on all three stores": no include list to keep. A class
 * that builds an {@link HttpFixture} (the only way the tests start a server) must carry
 * {@link OnEveryStore}, whose source is every {@link FixtureStorage.Store}. A new API test class
 * without it fails here rather than running in memory only.
 */
class EveryApiTestRunsOnEveryStoreTest {

    static final JavaClasses TESTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("org.gridsafe.rest");

    @Test
    void every_class_that_builds_a_fixture_runs_on_every_store() {
        Set<String> builders = new TreeSet<>();
        Set<String> uncovered = new TreeSet<>();
        for (JavaClass c : TESTS) {
            boolean builds = c.getConstructorCallsFromSelf().stream()
                    .anyMatch(call -> call.getTargetOwner().isEquivalentTo(HttpFixture.class));
            JavaClass top = topLevel(c);
            if (builds && !top.isEquivalentTo(HttpFixture.class)) {
                builders.add(top.getSimpleName());
                if (!top.isAnnotatedWith(OnEveryStore.class)) {
                    uncovered.add(top.getSimpleName());
                }
            }
        }
        assertThat(uncovered).as("build an HttpFixture without @OnEveryStore").isEmpty();
        assertThat(builders)
                .as("the scan finds the API test classes")
                .contains("SixStepLoopOverHttpTest", "OperationsTest", "PrivacyTest", "OpenApiDocumentTest")
                .hasSizeGreaterThanOrEqualTo(10);
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }

    /**
     * A server starts through {@link HttpFixture}, or inside an {@link OnEveryStore} class from a
     * fixture's store (a test that needs its own server around failing ports does that).
     */
    @Test
    void only_the_fixture_starts_a_server() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(HttpFixture.class.getName())
                .and(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "are not part of an @OnEveryStore class",
                        (JavaClass c) -> !topLevel(c).isAnnotatedWith(OnEveryStore.class)))
                .should()
                .callMethod(GridSafeHttpApi.class, "builder", org.gridsafe.GridSafe.class)
                .check(TESTS);
    }

    @Test
    void the_annotation_runs_a_class_once_per_store_and_there_are_three_stores() {
        assertThat(OnEveryStore.class.getAnnotation(ParameterizedClass.class)).isNotNull();
        EnumSource source = OnEveryStore.class.getAnnotation(EnumSource.class);
        assertThat(source.value()).isEqualTo(FixtureStorage.Store.class);
        assertThat(source.names()).as("no store left out").isEmpty();
        assertThat(List.of(FixtureStorage.Store.values()))
                .extracting(Enum::name)
                .containsExactly("MEMORY", "H2", "POSTGRESQL");
    }
}
