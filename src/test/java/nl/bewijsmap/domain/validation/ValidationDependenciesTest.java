package nl.bewijsmap.domain.validation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ValidationDependenciesTest {

    @Test
    void validatorsUseNothingButTheJdkAndTheDomain() {
        JavaClasses validators = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.bewijsmap.domain.validation");

        classes().that().haveSimpleNameNotEndingWith("Test").should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "nl.bewijsmap.domain", "nl.bewijsmap.domain.validation")
                .check(validators);
    }
}
