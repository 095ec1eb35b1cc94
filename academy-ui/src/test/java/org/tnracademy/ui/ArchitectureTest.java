package org.tnracademy.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module direction of docs/architecture: ui -> core -> exercises, content only at runtime;
 * graders free of Spring, JPA and I/O; views only talk to services and never see answer keys.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tnracademy");
    }

    @Test
    void exercisesAreFreeOfSpringJpaIoAndTheOtherModules() {
        noClasses().that().resideInAPackage("org.tnracademy.exercises..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "org.hibernate..", "java.io..", "java.nio.file..", "java.sql..", "org.tnracademy.core..",
                        "org.tnracademy.ui..", "org.tnracademy.content..")
                .check(classes);
    }

    @Test
    void theCoreDoesNotKnowTheUserInterfaceNorTheContent() {
        noClasses().that().resideInAPackage("org.tnracademy.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.tnracademy.ui..", "com.vaadin..",
                        "org.tnracademy.content..")
                .check(classes);
    }

    @Test
    void contentDoesNotDependOnTheApplication() {
        noClasses().that().resideInAPackage("org.tnracademy.content..")
                .should().dependOnClassesThat().resideInAnyPackage("org.tnracademy.core..", "org.tnracademy.ui..")
                .check(classes);
    }

    @Test
    void viewsTalkOnlyToServicesNeverToRepositoriesOrEntities() {
        noClasses().that().resideInAPackage("org.tnracademy.ui..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..")
                .check(classes);
    }

    @Test
    void viewsNeverReachAnswerKeysOrSystemAccountProvisioning() {
        noClasses().that().resideInAPackage("org.tnracademy.ui..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.tnracademy.core.catalog.ExerciseKeyStore")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.tnracademy.core.catalog.GradingMaterial")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.tnracademy.core.catalog.LearnerVariants")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.tnracademy.core.account.AccountProvisioning")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.tnracademy.exercises.labelling.LabellingKey")
                .check(classes);
    }

    @Test
    void everyUploadIsReceivedThroughTheBoundedReceiver() {
        // Vaadin's own receivers buffer or store a body of any size: every upload goes through BoundedUpload
        noClasses().that().resideInAPackage("org.tnracademy.ui..")
                .should().dependOnClassesThat().haveFullyQualifiedName("com.vaadin.flow.server.streams.InMemoryUploadHandler")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.vaadin.flow.server.streams.FileUploadHandler")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(
                        "com.vaadin.flow.server.streams.TemporaryFileUploadHandler")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.vaadin.flow.component.upload.Receiver")
                .check(classes);
    }
}
