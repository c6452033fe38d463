package dev.netgen.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The package graph of docs/architecture.md, enforced on the compiled main classes: data flows one
 * way (text <- model <- load, lint, render <- write <- diff, cli on top), no two packages depend on
 * each other, and each framework stays in the one package that adapts it. A failure names the class
 * and the dependency that broke the rule.
 */
class PackageDependencyTest {
  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("dev.netgen");
    // every rule below is checked with ArchRule.check, which throws on a violation; an import
    // that found no classes would make them all pass, so it is a failure of its own
    assertThat(main.size()).as("compiled main classes found").isGreaterThan(100);
  }

  /**
   * Stages (the packages right below dev.netgen, with their sub-packages) never depend on each
   * other both ways. Inside a stage a registry may list its plug-ins (render's Targets lists the
   * gentoo and debian packages, whose classes implement render's Output).
   */
  @Test
  void stagesFormNoCycle() {
    slices().matching("dev.netgen.(*)..").should().beFreeOfCycles().check(main);
  }

  /** For each package: the netgen packages it must never use. */
  private static final Map<String, List<String>> FORBIDDEN =
      Map.ofEntries(
          Map.entry(
              "text",
              List.of(
                  "model",
                  "diag",
                  "load",
                  "lint",
                  "render",
                  "write",
                  "diff",
                  "cli",
                  "check",
                  "importer",
                  "graph",
                  "apply")),
          Map.entry(
              "model",
              List.of(
                  "diag",
                  "load",
                  "lint",
                  "render",
                  "write",
                  "diff",
                  "cli",
                  "check",
                  "importer",
                  "graph",
                  "apply")),
          Map.entry(
              "diag",
              List.of(
                  "load",
                  "lint",
                  "render",
                  "write",
                  "diff",
                  "cli",
                  "check",
                  "importer",
                  "graph",
                  "apply")),
          Map.entry(
              "load",
              List.of(
                  "lint", "render", "write", "diff", "cli", "check", "importer", "graph", "apply")),
          Map.entry(
              "lint",
              List.of(
                  "load", "render", "write", "diff", "cli", "check", "importer", "graph", "apply")),
          Map.entry(
              "render",
              List.of(
                  "load", "lint", "write", "diff", "cli", "check", "importer", "graph", "apply")),
          Map.entry(
              "write",
              List.of("load", "lint", "diff", "cli", "check", "importer", "graph", "apply")),
          Map.entry("diff", List.of("load", "lint", "cli", "check", "importer", "graph", "apply")),
          // reads host files into model text: it never loads, lints, renders or writes
          Map.entry(
              "importer",
              List.of("load", "lint", "render", "write", "diff", "cli", "check", "graph", "apply")),
          // reads the running host and compares with the render: it never writes or lints
          Map.entry("check", List.of("load", "lint", "write", "cli", "importer", "graph", "apply")),
          // draws a model (and lint's findings, as diagnostics): cli loads and lints for it
          Map.entry(
              "graph",
              List.of(
                  "load", "lint", "render", "write", "diff", "cli", "check", "importer", "apply")),
          // brings the host from the old files to the new: cli loads, lints and renders for it
          Map.entry("apply", List.of("load", "lint", "cli", "importer", "graph")));

  @TestFactory
  List<DynamicTest> eachStageUsesOnlyEarlierStages() {
    return FORBIDDEN.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.getKey() + " uses none of " + e.getValue(),
                    () -> {
                      ArchRule rule =
                          noClasses()
                              .that()
                              .resideInAPackage("dev.netgen." + e.getKey() + "..")
                              .should()
                              .dependOnClassesThat()
                              .resideInAnyPackage(
                                  e.getValue().stream()
                                      .map(p -> "dev.netgen." + p + "..")
                                      .toArray(String[]::new));
                      rule.check(main);
                    }))
        .toList();
  }

  /** Each framework is adapted in one package, so a change of library touches one place. */
  @TestFactory
  List<DynamicTest> eachFrameworkStaysInItsPackage() {
    Map<String, String> home =
        Map.of(
            "picocli..", "dev.netgen.cli..",
            "org.yaml.snakeyaml..", "dev.netgen.load..",
            "freemarker..", "dev.netgen.render..",
            "com.github.difflib..", "dev.netgen.diff..");
    return home.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.getKey() + " only in " + e.getValue(),
                    () ->
                        noClasses()
                            .that()
                            .resideOutsideOfPackage(e.getValue())
                            .should()
                            .dependOnClassesThat()
                            .resideInAPackage(e.getKey())
                            .check(main)))
        .toList();
  }
}
