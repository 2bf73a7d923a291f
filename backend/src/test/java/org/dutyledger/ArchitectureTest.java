package org.dutyledger;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package boundaries a newcomer can rely on: capabilities (the packages under org.dutyledger) form no cycle,
 * `common` knows none of them, services and domain code do not use the REST DTOs of a `rest` package, and only the
 * demo data may know the demo package. Plain Jupiter tests over the core library: archunit-junit5's engine is built
 * for JUnit Platform 1.x and the Quarkus BOM brings JUnit 6.
 */
class ArchitectureTest {

    static final JavaClasses OURS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.dutyledger");

    static final DescribedPredicate<JavaClass> OURS_OUTSIDE_COMMON = resideInAPackage("org.dutyledger..")
            .and(resideOutsideOfPackage("org.dutyledger.common.."))
            .as("our classes outside common");

    @Test
    void capabilitiesFormNoCycles() {
        slices().matching("org.dutyledger.(*)..").namingSlices("$1")
                .should().beFreeOfCycles()
                .check(OURS);
    }

    @Test
    void commonDependsOnNoneOfOurPackages() {
        noClasses().that().resideInAPackage("org.dutyledger.common..")
                .should().dependOnClassesThat(OURS_OUTSIDE_COMMON)
                .check(OURS);
    }

    @Test
    void onlyRestPackagesUseRestTypes() {
        noClasses().that().resideOutsideOfPackage("org.dutyledger..rest..")
                .should().dependOnClassesThat().resideInAPackage("org.dutyledger..rest..")
                .check(OURS);
    }

    @Test
    void nothingDependsOnTheDemo() {
        noClasses().that().resideOutsideOfPackages("org.dutyledger.demo..")
                .should().dependOnClassesThat().resideInAPackage("org.dutyledger.demo..")
                .check(OURS);
    }
}
