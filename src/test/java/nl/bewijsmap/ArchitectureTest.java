package nl.bewijsmap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the layers apart: ui and cli → services → domain, wired only in the root package. */
@AnalyzeClasses(packages = "nl.bewijsmap", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] SERVICES = {"nl.bewijsmap.app..", "nl.bewijsmap.store..",
        "nl.bewijsmap.intake..", "nl.bewijsmap.rules..", "nl.bewijsmap.letters..", "nl.bewijsmap.export.."};

    @ArchTest
    static final ArchRule layersOnlyReachDownwards = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Wiring").definedBy("nl.bewijsmap")
            .layer("UI").definedBy("nl.bewijsmap.ui..")
            .layer("CLI").definedBy("nl.bewijsmap.cli..")
            .layer("Services").definedBy(SERVICES)
            .layer("Domain").definedBy("nl.bewijsmap.domain..")
            .whereLayer("Wiring").mayNotBeAccessedByAnyLayer()
            .whereLayer("UI").mayOnlyBeAccessedByLayers("Wiring")
            .whereLayer("CLI").mayOnlyBeAccessedByLayers("Wiring")
            .whereLayer("Services").mayOnlyBeAccessedByLayers("Wiring", "UI", "CLI")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Wiring", "UI", "CLI", "Services");

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("nl.bewijsmap.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("nl.bewijsmap.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.slf4j..",
                    "java.nio.file..", "com.fasterxml..", "picocli..");

    @ArchTest
    static final ArchRule onlyTheWindowUsesJavaFx = noClasses()
            .that().resideInAnyPackage(SERVICES).or().resideInAPackage("nl.bewijsmap.cli..")
            .or().resideInAPackage("nl.bewijsmap.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..");

    @ArchTest
    static final ArchRule viewModelsNeverTouchControls = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");
}
