package cn.suiji;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers and bans of docs/decisions/0001-layout.md, kept by the build. */
class ArchitectureTest {
  /** The one package allowed AWT, for printing and preview images (docs/decisions/0011-printing.md). */
  private static final String PRINTING = "cn.suiji.shared.print";
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("cn.suiji");
    // rules that allow an empty match would pass vacuously if the import found nothing
    assertThat(classes.containPackage("cn.suiji.shared.db")).isTrue();
    assertThat(classes.size()).isGreaterThan(100);
  }

  @Test
  void domainIsPure() {
    ArchRule rule = noClasses().that().resideInAPackage("..domain..")
        .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "org.apache.poi..", "java.sql..",
            "cn.suiji.shared.db..", "..data..", "..ui..", "com.fasterxml..")
        .because("domain records and rules must be testable and reusable without a screen, a database or a file format");
    rule.check(classes);
  }

  @Test
  void uiKnowsNeitherJooqNorDataPackages() {
    ArchRule rule = noClasses().that().resideInAPackage("..ui..")
        .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "..data..")
        .because("a screen reads and writes through its feature's service, which owns the transaction (STYLE.md); "
            + "a view model holding a DSLContext or a repository bypasses it");
    rule.check(classes);
  }

  @Test
  void onlyDataPackagesUseGeneratedTables() {
    ArchRule rule = noClasses().that().resideOutsideOfPackages("..data..", "cn.suiji.shared.db.generated..")
        .should().dependOnClassesThat().resideInAPackage("cn.suiji.shared.db.generated..")
        .because("generated jOOQ records must not leak past the repositories (SteVe's mistake)");
    rule.check(classes);
  }

  @Test
  void servicesAndDomainKnowNoJavaFx() {
    ArchRule rule = noClasses().that().resideInAnyPackage("..service..", "..data..", "cn.suiji.cli..", "cn.suiji.shared.db..",
            "cn.suiji.shared.audit..", "cn.suiji.shared.time..", "cn.suiji.shared.ids..")
        .and().haveNameNotMatching("cn\\.suiji\\.cli\\.bench\\.StartFloorWindow(\\$.*)?")
        .should().dependOnClassesThat().resideInAPackage("javafx..")
        .because("the command line must run the same services without a display; the one exception is the "
            + "start-up benchmark's floor, a bare JavaFX window that runs only in the benchmark's child JVM");
    rule.check(classes);
  }

  @Test
  void onlyConcurrentPackageTouchesThreads() {
    ArchRule rule = noClasses().that().resideOutsideOfPackage("cn.suiji.shared.ui.concurrent..")
        .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
        .orShould().dependOnClassesThat().areAssignableTo(Thread.class)
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ExecutorService")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.Executors")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.concurrent.Task")
        .because("the FX thread only draws; every background job goes through TaskExecutor so tests can run it on one thread");
    rule.check(classes);
  }

  @Test
  void noConsoleOutsideTheCommandLine() {
    ArchRule rule = noClasses().that().resideOutsideOfPackage("cn.suiji.cli..")
        .should().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .because("the GUI logs through SLF4J; only the command line prints");
    rule.check(classes);
  }

  @Test
  void noProductClassKnowsABenchmark() {
    ArchRule rule = noClasses().that().resideOutsideOfPackage("cn.suiji.cli..")
        .should().dependOnClassesThat().resideInAPackage("cn.suiji.cli.bench..")
        .because("benchmarks measure the product from outside: services send PhaseEvents, they keep no timings for a bench");
    rule.check(classes);
  }

  @Test
  void noJavaUtilLogging() {
    ArchRule rule = noClasses().should().dependOnClassesThat().resideInAnyPackage("java.util.logging..")
        .because("logging goes through SLF4J");
    rule.check(classes);
  }

  @Test
  void noAwtOutsideThePrintingAdapter() {
    ArchRule rule = noClasses().that().resideOutsideOfPackage(PRINTING)
        .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..", "javafx.embed.swing..")
        .because("the UI is JavaFX; only the printing adapter needs AWT (docs/decisions/0011-printing.md): "
            + "java.awt.print.PrinterJob is the one Java API that sends a PDF to a printer (PDFBox's PDFPageable), "
            + "and PDFBox renders preview pages only to a java.awt.image.BufferedImage");
    rule.check(classes);
  }

  @Test
  void printingAdapterUsesOnlyAwtPrintingAndImages() {
    ArchRule rule = noClasses().that().resideInAPackage(PRINTING)
        .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("java.awt..", "javax.swing..")
            .and(DescribedPredicate.not(JavaClass.Predicates.resideInAnyPackage("java.awt.print", "java.awt.image"))))
        .because("the printing adapter's exception covers printing (java.awt.print) and page images (java.awt.image), "
            + "never AWT or Swing windows, which would fight the JavaFX toolkit");
    rule.check(classes);
  }

  @Test
  void featuresUseEachOtherOnlyThroughServiceAndDomain() {
    for (String feature : new String[] {"directory", "plan", "rules", "draw", "inspection", "demo", "home", "admin", "imports"}) {
      noClasses().that().resideInAPackage("cn.suiji..").and().resideOutsideOfPackage("cn.suiji." + feature + "..")
          .and().resideOutsideOfPackage("cn.suiji.app..")
          .and().resideOutsideOfPackage("cn.suiji.cli.bench..")
          .should().dependOnClassesThat().resideInAnyPackage("cn.suiji." + feature + ".data..", "cn.suiji." + feature + ".ui..")
          .because("a feature uses another only through its service and domain packages; the composition root wires them, "
              + "and the benchmarks measure floors under the services (nothing of the product knows them)")
          .allowEmptyShould(true)
          .check(classes);
    }
  }

  @Test
  void featuresHaveNoCycles() {
    slices().matching("cn.suiji.(*)..").should().beFreeOfCycles()
        .because("features build on each other in one direction")
        .check(classes);
  }

  @Test
  void repositoriesLiveInDataPackages() {
    classes().that().haveSimpleNameEndingWith("Repository").should().resideInAPackage("..data..")
        .because("naming tells where database access is")
        .check(classes);
  }
}
