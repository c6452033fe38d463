package dev.netgen.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.testing.RealTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The pre-commit hook, run as pre-commit runs a {@code language: script} hook (pre-commit itself
 * cannot be installed here): entry, then args, then the changed files that match {@code files},
 * from the root of the repository being committed.
 */
class PreCommitHookTest {
  private static final Path DEFINITIONS = Path.of(".pre-commit-hooks.yaml");
  private static final String CLEAN_A = "fixtures/nat/model.yaml";
  private static final String CLEAN_B = "fixtures/bridged/model.yaml";
  private static final String LINT_ERROR = "fixtures/rules/mac-unique/bad.yaml";
  private static final String UNLOADABLE = "fixtures/errors/unknown-key.yaml";

  @TempDir Path tmp;
  private Path consumer;
  private Path netgen;

  @BeforeEach
  void makeAConsumerRepositoryAndANetgenOnItsPath() throws IOException {
    consumer = Files.createDirectories(tmp.resolve("fleet"));
    // The netgen under test, started as a process the way the wrapper starts it.
    netgen = tmp.resolve("netgen");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Files.writeString(
        netgen,
        "#!/bin/sh\nexec '"
            + java
            + "' -XX:TieredStopAtLevel=1 -cp '"
            + System.getProperty("java.class.path")
            + "' dev.netgen.Main \"$@\"\n");
    assertThat(netgen.toFile().setExecutable(true)).isTrue();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> hook() throws IOException {
    var yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
    List<Map<String, Object>> hooks = yaml.load(Files.readString(DEFINITIONS));
    return hooks.stream().filter(h -> "netgen-lint".equals(h.get("id"))).findFirst().orElseThrow();
  }

  @Test
  void definesNetgenLintWithTheFieldsPreCommitRequires() throws IOException {
    var hook = hook();

    assertThat(hook).containsKeys("id", "name", "entry", "language", "files");
    assertThat(hook.get("language")).isEqualTo("script");
    assertThat(hook.get("pass_filenames")).isNotEqualTo(false);
    Path entry = Path.of((String) hook.get("entry"));
    assertThat(entry).as("a script hook's entry is a file of this repository").isRegularFile();
    assertThat(Files.isExecutable(entry)).as("%s is executable (git mode 100755)", entry).isTrue();
  }

  @Test
  void filesPatternSelectsModelsAndNothingElse() throws IOException {
    var files = Pattern.compile((String) hook().get("files"));

    // pre-commit matches with Python's re.search on the path from the repository root.
    assertThat(
            List.of(
                "model.yaml",
                "hosts/hv01/model.yml",
                "netgen.yaml",
                "hosts/netgen-hv02.yaml",
                "a/b/netgen.yml"))
        .allMatch(p -> files.matcher(p).find());
    assertThat(
            List.of(
                "docker-compose.yaml",
                "my-model.yaml",
                "model.yaml.bak",
                "netgen/inventory.yaml",
                "hosts/netgen.json",
                ".pre-commit-hooks.yaml",
                "mynetgen.yaml"))
        .noneMatch(p -> files.matcher(p).find());
  }

  @Test
  void wrapperIsShellcheckCleanAsPosixSh() throws Exception {
    Path shellcheck = RealTool.require("shellcheck", "shellcheck");
    var entry = (String) hook().get("entry");

    var run =
        run(List.of(shellcheck.toString(), "--shell=sh", "--severity=style", entry), Path.of("."));

    assertThat(run.output).isEmpty();
    assertThat(run.exit).isZero();
  }

  @Test
  void cleanModelsPassTheCommit() throws Exception {
    var run = commit(List.of(), "hosts/hv01/model.yaml", CLEAN_A, "hosts/hv02/netgen.yml", CLEAN_B);

    assertThat(run.exit).as(run.output).isZero();
  }

  @Test
  void oneModelWithLintErrorsAmongCleanOnesFailsTheCommitWithItsDiagnostics() throws Exception {
    var run =
        commit(
            List.of(),
            "hosts/hv01/model.yaml",
            CLEAN_A,
            "hosts/hv02/model.yaml",
            LINT_ERROR,
            "hosts/hv03/model.yaml",
            CLEAN_B);

    assertThat(run.exit).as(run.output).isEqualTo(1);
    String expected =
        Files.readString(Path.of(LINT_ERROR.replace(".yaml", ".expected")))
            .replace(LINT_ERROR, "hosts/hv02/model.yaml");
    assertThat(run.output).contains(expected);
  }

  @Test
  void anUnloadableModelMakesTheWorstCodeTwoWhateverItsPlace() throws Exception {
    var run =
        commit(
            List.of(),
            "hosts/hv01/model.yaml",
            UNLOADABLE,
            "hosts/hv02/model.yaml",
            LINT_ERROR,
            "hosts/hv03/model.yaml",
            CLEAN_A);

    assertThat(run.exit).as(run.output).isEqualTo(2);
    assertThat(run.output)
        .contains(
            "hosts/hv01/model.yaml:4:5: error[load]: unknown key 'adress'",
            "hosts/hv02/model.yaml:15:14: error[mac-unique]");
  }

  @Test
  void argsOfTheDocumentedConfigReachEveryLint() throws Exception {
    @SuppressWarnings("unchecked")
    Map<String, Object> config =
        new Yaml(new SafeConstructor(new LoaderOptions()))
            .load(DocBlocks.block("pre-commit-config"));
    @SuppressWarnings("unchecked")
    var hookConfig =
        ((List<Map<String, Object>>)
                ((List<Map<String, Object>>) config.get("repos")).get(0).get("hooks"))
            .get(0);
    assertThat(hookConfig.get("id")).isEqualTo(hook().get("id"));
    @SuppressWarnings("unchecked")
    var args = (List<String>) hookConfig.get("args");

    // The seed models are clean but for one warning each; --fail-on=warning fails on it.
    var run = commit(args, "hosts/hv01/model.yaml", CLEAN_A, "hosts/hv02/model.yaml", CLEAN_B);

    assertThat(args).containsExactly("--fail-on=warning");
    assertThat(run.exit).as(run.output).isEqualTo(1);
    assertThat(run.output)
        .contains("hosts/hv01/model.yaml:", "hosts/hv02/model.yaml:", "warning[guest-mac-local]");
  }

  /**
   * Puts fixtures into the consumer repository under the given names (name, fixture, ...) and runs
   * the hook on those pre-commit would pass: the ones its files pattern selects.
   */
  private Result commit(List<String> args, String... namesAndFixtures) throws Exception {
    var hook = hook();
    var pattern = Pattern.compile((String) hook.get("files"));
    var changed = new ArrayList<String>();
    for (int i = 0; i < namesAndFixtures.length; i += 2) {
      Path copy = consumer.resolve(namesAndFixtures[i]);
      Files.createDirectories(copy.getParent());
      Files.copy(Path.of(namesAndFixtures[i + 1]), copy);
      if (pattern.matcher(namesAndFixtures[i]).find()) {
        changed.add(namesAndFixtures[i]);
      }
    }
    assertThat(changed)
        .as("the hook's files pattern selects every model")
        .hasSize(namesAndFixtures.length / 2);
    var command = new ArrayList<String>();
    command.add(Path.of((String) hook.get("entry")).toAbsolutePath().toString());
    command.addAll(args);
    command.addAll(changed);
    return run(command, consumer);
  }

  private record Result(int exit, String output) {}

  private Result run(List<String> command, Path directory) throws Exception {
    var builder =
        new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
    builder.environment().put("NETGEN", netgen.toString());
    var process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(process.waitFor(), output);
  }
}
