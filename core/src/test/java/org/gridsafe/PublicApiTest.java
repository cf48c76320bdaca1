package org.gridsafe;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The public surface of core exposes no generated Immutables type: hosts see only the abstract types. */
class PublicApiTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gridsafe");

    @Test
    void generatedImmutableTypesExistAndAreNotPublic() {
        assertThat(CORE.stream().filter(PublicApiTest::generated))
                .as("the rule below would be vacuous")
                .isNotEmpty();
        noClasses()
                .that()
                .haveSimpleNameStartingWith("Immutable")
                .should()
                .bePublic()
                .because("adapters rebuild a case through Case.builder(), not the generated class")
                .check(CORE);
    }

    @Test
    void noPublicMethodOfAPublicTypeTakesOrReturnsAGeneratedType() {
        codeUnits()
                .that()
                .arePublic()
                .and()
                .areDeclaredInClassesThat()
                .arePublic()
                .should(new ArchCondition<JavaCodeUnit>("not take or return a generated Immutable* type") {
                    @Override
                    public void check(JavaCodeUnit unit, ConditionEvents events) {
                        List<JavaClass> types = new ArrayList<>(unit.getRawParameterTypes());
                        types.add(unit.getRawReturnType());
                        for (JavaClass type : types) {
                            if (generated(type)) {
                                events.add(SimpleConditionEvent.violated(
                                        unit, unit.getFullName() + " exposes " + type.getName()));
                            }
                        }
                    }
                })
                .check(CORE);
    }

    private static boolean generated(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer.getSimpleName().startsWith("Immutable")
                && !outer.getModifiers().contains(JavaModifier.SYNTHETIC);
    }
}
