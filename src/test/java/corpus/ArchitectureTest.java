package corpus;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules the layout promises: data flows one way, and only the edges know Lucene and
 * picocli.
 */
class ArchitectureTest {
  static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("corpus");
  }

  @Test
  void theLoaderKnowsNothingOfLaterStages() {
    noClasses()
        .that()
        .resideInAPackage("corpus.load..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "corpus.index..",
            "corpus.query..",
            "corpus.report..",
            "corpus.cli..",
            "org.apache.lucene..",
            "picocli..")
        .check(classes);
  }

  @Test
  void theCommandLineGoesThroughTheOneDoor() {
    // Only the backend factory (corpus.backend) may know a backend; the command line asks the
    // door (corpus.query) and hands its results to the renderers.
    noClasses()
        .that()
        .resideInAPackage("corpus.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.apache.lucene..", "corpus.query.lucene..", "corpus.index..", "corpus.load..")
        .check(classes);
  }

  @Test
  void renderersShowOnlyTheDoorsRecords() {
    noClasses()
        .that()
        .resideInAPackage("corpus.report..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("corpus.index..", "corpus.load..", "corpus.backend..")
        .check(classes);
  }

  @Test
  void onlyTheFactoryKnowsTheBackends() {
    // The cluster backend is the one exception: its shards run the local backend's counting code
    // (ShardAnswers) and it finishes their parts with the same code.
    noClasses()
        .that()
        .resideOutsideOfPackages("corpus.query.lucene..", "corpus.query.solr..", "corpus.backend..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("corpus.query.lucene..")
        .check(classes);
  }

  @Test
  void onlyTheClusterBackendKnowsSolr() {
    noClasses()
        .that()
        .resideOutsideOfPackages("corpus.query.solr..", "corpus.backend..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("corpus.query.solr..", "org.apache.solr..", "org.apache.zookeeper..")
        .check(classes);
  }

  @Test
  void theLocalBackendKnowsNothingOfTheCluster() {
    noClasses()
        .that()
        .resideInAPackage("corpus.query.lucene..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("corpus.query.solr..", "org.apache.solr..")
        .check(classes);
  }

  @Test
  void queryRecordsAreFreeOfLuceneSoAnotherBackendCanAnswerThem() {
    noClasses()
        .that()
        .resideInAPackage("corpus.query")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.apache.lucene..",
            "corpus.query.lucene..",
            "corpus.index..",
            "corpus.report..",
            "corpus.cli..",
            "corpus.backend..")
        .check(classes);
  }

  @Test
  void renderersNeverTouchTheIndex() {
    noClasses()
        .that()
        .resideInAPackage("corpus.report..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.lucene..", "corpus.query.lucene..", "picocli..")
        .check(classes);
  }

  @Test
  void onlyTheCommandLineKnowsPicocli() {
    noClasses()
        .that()
        .resideOutsideOfPackage("corpus.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("picocli..")
        .check(classes);
  }

  @Test
  void nothingDependsOnTheCommandLine() {
    noClasses()
        .that()
        .resideOutsideOfPackage("corpus.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("corpus.cli..")
        .check(classes);
  }

  @Test
  void nearDuplicatesArePureCode() {
    noClasses()
        .that()
        .resideInAPackage("corpus.dedup..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.apache.lucene..",
            "corpus.load..",
            "corpus.index..",
            "corpus.query..",
            "corpus.report..",
            "corpus.cli..",
            "java.io..",
            "java.nio..")
        .check(classes);
  }

  @Test
  void statisticsArePureFunctions() {
    noClasses()
        .that()
        .resideInAPackage("corpus.stats..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.apache.lucene..", "corpus.index..", "corpus.report..", "java.io..", "java.nio..")
        .check(classes);
  }

  /**
   * The compiler inlines constants, so a class can use another package's constant and show no
   * dependency in its bytecode: the sources of the command line and the renderers are read too.
   */
  @Test
  void theCommandLineAndTheRenderersImportNoBackendEvenForAConstant() throws IOException {
    Pattern backend =
        Pattern.compile(
            "import (static )?(org\\.apache\\.lucene|corpus\\.(index|load|query\\.lucene))\\.");
    List<String> offenders = new ArrayList<>();
    for (String stage : List.of("cli", "report")) {
      try (Stream<Path> files = Files.walk(Path.of("src/main/java/corpus", stage))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          if (backend.matcher(Files.readString(file)).find()) {
            offenders.add(file.toString());
          }
        }
      }
    }
    assertEquals(List.of(), offenders);
  }
}
