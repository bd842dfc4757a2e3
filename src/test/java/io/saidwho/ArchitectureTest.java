package io.saidwho;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of house style: job -> io, config, models, core; io -> config, resolve, core;
 * resolve -> core; core pure.
 */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.saidwho");
  }

  @Test
  void coreDoesNotDependOnSpark() {
    noClasses().that().resideInAPackage("io.saidwho.core..")
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "scala..",
            "org.apache.hadoop..")
        .check(classes);
  }

  @Test
  void coreDoesNotDependOnJackson() {
    noClasses().that().resideInAPackage("io.saidwho.core..")
        .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..")
        .check(classes);
  }

  @Test
  void coreDoesNoFileIo() {
    noClasses().that().resideInAPackage("io.saidwho.core..")
        .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileReader")
        .check(classes);
  }

  @Test
  void coreDependsOnNoOtherLayer() {
    noClasses().that().resideInAPackage("io.saidwho.core..")
        .should().dependOnClassesThat().resideInAnyPackage("io.saidwho.io..",
            "io.saidwho.job..", "io.saidwho.config..", "io.saidwho.models..")
        .check(classes);
  }

  @Test
  void ioDoesNotDependOnTheJob() {
    noClasses().that().resideInAPackage("io.saidwho.io..")
        .should().dependOnClassesThat().resideInAnyPackage("io.saidwho.job..",
            "io.saidwho.models..")
        .check(classes);
  }

  @Test
  void resolveRulesArePure() {
    noClasses().that().resideInAPackage("io.saidwho.resolve..")
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "scala..",
            "io.saidwho.io..", "io.saidwho.job..", "java.nio.file..")
        .check(classes);
  }

  @Test
  void configDependsOnNoOtherLayerNorSpark() {
    noClasses().that().resideInAPackage("io.saidwho.config..")
        .should().dependOnClassesThat().resideInAnyPackage("io.saidwho.io..",
            "io.saidwho.job..", "io.saidwho.core..", "io.saidwho.models..",
            "org.apache.spark..")
        .check(classes);
  }

  @Test
  void modelsDoNotDependOnSpark() {
    noClasses().that().resideInAPackage("io.saidwho.models..")
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..",
            "io.saidwho.io..", "io.saidwho.job..")
        .check(classes);
  }
}
