package dev.netgen.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.diag.Diagnostic;
import dev.netgen.load.ModelLoader;
import dev.netgen.model.RuleId;
import dev.netgen.testing.Golden;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps the rules, their examples, their classes and the generated docs in step (ESLint's rule
 * file check): every failure says what to add.
 */
class RuleCatalogueTest {
  private static final String RULES_PACKAGE = "dev.netgen.lint.rules";

  @TestFactory
  Stream<DynamicTest> everyRulesBadExampleTriggersItAndItsFixedExampleDoesNot() {
    return RuleRegistry.rules().stream()
        .map(
            rule ->
                DynamicTest.dynamicTest(
                    rule.id(),
                    () -> {
                      var bad = lint("bad example of " + rule.id(), rule.explanation().bad());
                      assertThat(bad).as("the bad example of %s must trigger it", rule.id()).anyMatch(d -> d.code().equals(rule.id()));
                      var good = lint("fixed example of " + rule.id(), rule.explanation().good());
                      assertThat(good).as("the fixed example of %s must be lint-clean", rule.id()).isEmpty();
                    }));
  }

  @Test
  void registryListsEveryRuleClassOfTheRulesPackage() throws Exception {
    Set<String> classes = ruleClasses();
    Set<String> registered = RuleRegistry.rules().stream().map(r -> r.getClass().getName()).collect(Collectors.toCollection(TreeSet::new));
    assertThat(registered)
        .as("every class implementing Rule in %s needs a line `new Name(),` in RuleRegistry", RULES_PACKAGE)
        .containsAll(classes);
    assertThat(classes).as("RuleRegistry lists rules outside %s; move them there", RULES_PACKAGE).containsAll(registered);
  }

  @Test
  void ruleClassesAreNamedAfterTheirIds() {
    for (Rule rule : RuleRegistry.rules()) {
      assertThat(rule.getClass().getSimpleName())
          .as("the class of rule %s", rule.id())
          .isEqualTo(RuleFixturesTest.className(rule.id()));
    }
  }

  @Test
  void ruleIdsAreUniqueKebabCaseAndDocumented() throws Exception {
    assertThat(RuleRegistry.ids()).doesNotHaveDuplicates();
    for (Rule rule : RuleRegistry.rules()) {
      assertThat(RuleId.parse(rule.id()).text()).isEqualTo(rule.id());
      assertThat(rule.severity()).as("severity of %s", rule.id()).isNotNull();
      assertThat(rule.summary()).as("summary of %s", rule.id()).isNotBlank().doesNotEndWith(".").doesNotContain("\n");
      assertThat(rule.explanation().why()).as("explanation of %s", rule.id()).hasSizeGreaterThan(80);
    }
  }

  @Test
  void docsRulesMdIsGeneratedFromTheRules() {
    Golden.check(Path.of("docs/rules.md"), RulesDoc.markdown(RuleRegistry.rules()), "mvn -q test -Dtest=RuleCatalogueTest");
  }

  @Test
  void findReturnsOnlyRegisteredIds() {
    assertThat(RuleRegistry.find("mac-unique")).isPresent();
    assertThat(RuleRegistry.find("mac-uniqe")).isEmpty();
  }

  private static List<Diagnostic> lint(String name, String yaml) {
    return Linter.standard().lint(new ModelLoader().parse(name, yaml.getBytes(StandardCharsets.UTF_8)));
  }

  /** The classes in the rules package that implement Rule, found on disk, not from the registry. */
  private static Set<String> ruleClasses() throws IOException, URISyntaxException, ClassNotFoundException {
    var url = RuleCatalogueTest.class.getClassLoader().getResource(RULES_PACKAGE.replace('.', '/'));
    assertThat(url).as("the rules package on the class path").isNotNull();
    var found = new TreeSet<String>();
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$")) {
          Class<?> type = Class.forName(RULES_PACKAGE + "." + name.substring(0, name.length() - 6));
          if (Rule.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers())) {
            found.add(type.getName());
          }
        }
      }
    }
    return found;
  }
}
