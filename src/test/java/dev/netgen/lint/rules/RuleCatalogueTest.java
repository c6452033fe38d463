package dev.netgen.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.diag.Severity;
import dev.netgen.lint.FleetRule;
import dev.netgen.lint.Linter;
import dev.netgen.lint.Message;
import dev.netgen.lint.Rule;
import dev.netgen.lint.RulesDoc;
import dev.netgen.model.RuleId;
import dev.netgen.testing.Golden;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps each rule's class, its line in RuleRegistry, its README.md, its fixtures and the generated
 * docs in step (ESLint's rule file check): every failure says what to add.
 */
class RuleCatalogueTest {
  private static final String RULES_PACKAGE = "dev.netgen.lint.rules";
  private static final Linter LINTER = RuleRegistry.linter();
  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z]+)}}");

  @Test
  void registryListsEveryRuleClassOfTheRulesPackage() throws Exception {
    Set<String> classes = ruleClasses();
    Set<String> registered =
        RuleRegistry.rules().stream()
            .map(r -> r.getClass().getName())
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(registered)
        .as(
            "every class extending Rule in %s needs a line `new Name(),` in RuleRegistry, under its topic",
            RULES_PACKAGE)
        .containsAll(classes);
    assertThat(classes)
        .as("RuleRegistry lists rules outside %s; move them there", RULES_PACKAGE)
        .containsAll(registered);
  }

  @Test
  void ruleClassesAreNamedAfterTheirIds() {
    for (Rule rule : LINTER.rules()) {
      assertThat(rule.getClass().getSimpleName())
          .as("the class of rule %s", rule.id())
          .isEqualTo(RuleFixturesTest.className(rule.id()));
    }
  }

  @Test
  void ruleIdsAreUniqueKebabCaseAndSummarised() throws Exception {
    assertThat(LINTER.ids()).doesNotHaveDuplicates();
    for (Rule rule : LINTER.rules()) {
      assertThat(RuleId.parse(rule.id()).text()).isEqualTo(rule.id());
      assertThat(rule.severity()).as("severity of %s", rule.id()).isNotNull();
      assertThat(rule.summary())
          .as("summary of %s", rule.id())
          .isNotBlank()
          .doesNotEndWith(".")
          .doesNotContain("\n");
    }
  }

  /**
   * Every rule declares its kind, and a safety rule is an error: a warning would let the model
   * through the render gate, so it would protect nothing.
   */
  @Test
  void everyRuleDeclaresItsKindAndSafetyRulesAreErrors() {
    for (Rule rule : LINTER.rules()) {
      assertThat(rule.kind()).as("kind of %s", rule.id()).isNotNull();
      if (rule.kind() == Rule.Kind.SAFETY) {
        assertThat(rule.severity())
            .as("severity of safety rule %s", rule.id())
            .isEqualTo(Severity.ERROR);
      }
    }
    assertThat(LINTER.rules().stream().filter(r -> r.kind() == Rule.Kind.SAFETY).map(Rule::id))
        .as("the rules that protect the consuming tools")
        .contains("name-valid", "name-unique", "netifrc-name-collision", "mac-valid", "mac-unique");
  }

  @Test
  void messagesHaveKebabCaseIdsAndWellFormedPlaceholders() {
    for (Rule rule : LINTER.rules()) {
      assertThat(rule.messages())
          .as("rule %s declares no message: pass them to its constructor", rule.id())
          .isNotEmpty();
      for (Message message : rule.messages()) {
        assertThat(message.id()).as("message id of %s", rule.id()).matches(KEBAB);
        for (String text : new String[] {message.text(), message.hint()}) {
          assertThat(PLACEHOLDER.matcher(text).replaceAll("").replaceAll("\\{[^{}]*}", ""))
              .as("%s/%s: write a placeholder as {{name}}: %s", rule.id(), message.id(), text)
              .doesNotContain("{{", "}}");
        }
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> everyRuleHasItsExplanationAndExamplesInItsFolder() {
    return LINTER.rules().stream()
        .map(
            rule ->
                DynamicTest.dynamicTest(
                    rule.id(),
                    () -> {
                      Path dir = RuleFixturesTest.DIR.resolve(rule.id());
                      Path readme = dir.resolve("README.md");
                      assertThat(readme)
                          .as(
                              "add %s: a first line `# %s`, a blank line, then why the rule exists",
                              readme, rule.id())
                          .exists();
                      assertThat(Files.readAllLines(readme).get(0))
                          .as("first line of %s", readme)
                          .isEqualTo("# " + rule.id());
                      assertThat(rule.explanation().why())
                          .as("why %s exists, in %s", rule.id(), readme)
                          .hasSizeGreaterThan(80);
                      var shipped = new ArrayList<>(List.of("README.md", "bad.yaml", "good.yaml"));
                      if (rule instanceof FleetRule) {
                        shipped.addAll(List.of("bad.other.yaml", "good.other.yaml"));
                      }
                      for (String name : shipped) {
                        Path file = dir.resolve(name);
                        assertThat(file).as("add %s", file).exists();
                        assertThat(fromJar(rule.id() + "/" + name))
                            .as(
                                "the jar's copy of %s, which `netgen rules %s` shows: run mvn process-resources (pom.xml ships fixtures/rules)",
                                file, rule.id())
                            .isEqualTo(Files.readString(file));
                      }
                      assertThat(Files.readAllLines(dir.resolve("bad.yaml")).get(0))
                          .as("first line of %s/bad.yaml", dir)
                          .isEqualTo(
                              "# "
                                  + rule.id()
                                  + ": a model that breaks the rule (README.md says why)");
                    }));
  }

  @Test
  void everyMessageIsExpectedInSomeBadFixture() throws IOException {
    var missing = new ArrayList<String>();
    for (Rule rule : LINTER.rules()) {
      Path dir = RuleFixturesTest.DIR.resolve(rule.id());
      var expected = new TreeSet<String>();
      if (Files.isDirectory(dir)) {
        for (Path bad : RuleFixturesTest.bads(dir)) {
          Markers.read(RuleFixturesTest.fleetOf(bad, rule instanceof FleetRule))
              .of(rule.id())
              .forEach(m -> expected.add(m.messageId()));
        }
      }
      for (Message message : rule.messages()) {
        if (!expected.contains(message.id())) {
          missing.add(rule.id() + "/" + message.id());
        }
      }
    }
    assertThat(missing)
        .as(
            "messages that no fixture shows: for each RULE/MESSAGE, put `# expect: RULE/MESSAGE` above a line of fixtures/rules/RULE/bad*.yaml"
                + " that triggers it (or add a bad-NAME.yaml with its bad-NAME.expected)")
        .isEmpty();
  }

  @Test
  void docsRulesMdIsGeneratedFromTheRules() {
    Golden.check(
        Path.of("docs/rules.md"),
        RulesDoc.markdown(LINTER.rules()),
        "mvn -q test -Dtest=RuleCatalogueTest");
  }

  @Test
  void findReturnsOnlyRegisteredIds() {
    assertThat(LINTER.find("mac-unique")).isPresent();
    assertThat(LINTER.find("mac-uniqe")).isEmpty();
  }

  private static String fromJar(String resource) throws IOException {
    try (InputStream in =
        RuleCatalogueTest.class.getClassLoader().getResourceAsStream("rules/" + resource)) {
      assertThat(in).as("rules/%s on the class path", resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The classes in the rules package that extend Rule, found on disk, not from the registry. */
  private static Set<String> ruleClasses()
      throws IOException, URISyntaxException, ClassNotFoundException {
    // the main classes' folder: the tests of the same package come first on the class path
    Path main =
        Path.of(RuleRegistry.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    var found = new TreeSet<String>();
    try (Stream<Path> files = Files.list(main.resolve(RULES_PACKAGE.replace('.', '/')))) {
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
