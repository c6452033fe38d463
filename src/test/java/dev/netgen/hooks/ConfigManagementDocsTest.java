package dev.netgen.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The Ansible, Puppet and Salt examples of docs/hooks.md, read from the page and played the way
 * each tool plays them, on three hosts: up to date (diff 0: nothing runs), drifted (diff 1: render
 * runs, and afterwards diff is 0), and with a broken model (diff 2: the run fails and nothing is
 * written, never a silent re-render).
 */
class ConfigManagementDocsTest {
  private static final Path MODEL = Path.of("fixtures/nat/model.yaml");
  private static final Path BROKEN = Path.of("fixtures/errors/unknown-key.yaml");
  private static final Path LINT_ERRORS = Path.of("fixtures/rules/mac-unique/bad.yaml");
  private static final Yaml YAML = new Yaml(new SafeConstructor(new LoaderOptions()));

  @TempDir Path tmp;

  private Sandbox upToDate() {
    var host = new Sandbox(MODEL, tmp.resolve("up-to-date"));
    var render = host.run("netgen render " + Sandbox.HOST_MODEL + " --out /");
    assertThat(render.exit()).as("setting up an up-to-date host: %s", render).isZero();
    return host;
  }

  /**
   * A host rendered from an earlier version of the model (another address on br0): what config
   * management finds after the model changed. (A file edited by hand instead is kept by render,
   * exit 1: docs/ownership.md.)
   */
  private Sandbox drifted() throws IOException {
    Path earlier =
        Files.writeString(
            tmp.resolve("earlier.yaml"), Files.readString(MODEL).replace("172.16.1.", "172.16.9."));
    var host = new Sandbox(earlier, tmp.resolve("drifted"));
    var render = host.run("netgen render " + Sandbox.HOST_MODEL + " --out /");
    assertThat(render.exit())
        .as("setting up a host rendered from an earlier model: %s", render)
        .isZero();
    return new Sandbox(MODEL, host.root());
  }

  private Sandbox broken() throws IOException {
    return new Sandbox(BROKEN, Files.createDirectories(tmp.resolve("broken")));
  }

  // ---- Ansible ----------------------------------------------------------------------------

  /** The playbook's tasks, by the module each uses. */
  private record Playbook(
      Map<String, Object> copy, Map<String, Object> diff, Map<String, Object> render) {
    @SuppressWarnings("unchecked")
    static Playbook fromDocs() {
      List<Map<String, Object>> tasks = YAML.load(DocBlocks.block("ansible"));
      Map<String, Object> copy = null;
      Map<String, Object> diff = null;
      Map<String, Object> render = null;
      for (var task : tasks) {
        if (task.containsKey("ansible.builtin.copy")) {
          copy = (Map<String, Object>) task.get("ansible.builtin.copy");
        } else if (String.valueOf(task.get("ansible.builtin.command")).startsWith("netgen diff ")) {
          diff = task;
        } else if (String.valueOf(task.get("ansible.builtin.command"))
            .startsWith("netgen render ")) {
          render = task;
        }
      }
      assertThat(List.of(String.valueOf(copy), String.valueOf(diff), String.valueOf(render)))
          .as("the Ansible example has a copy, a diff and a render task")
          .doesNotContain("null");
      return new Playbook(copy, diff, render);
    }
  }

  /** What one host's run of the playbook did (copy aside). */
  private record AnsibleRun(int diffExit, boolean changed, boolean failed, CliRun render) {}

  private static AnsibleRun playAnsible(Playbook play, Sandbox host, boolean checkMode) {
    String register = (String) play.diff().get("register");
    if (checkMode) {
      // Ansible skips a command task under --check unless it says check_mode: false.
      assertThat(play.diff().get("check_mode")).as("diff runs under --check").isEqualTo(false);
    }
    int rc = host.run((String) play.diff().get("ansible.builtin.command")).exit();
    boolean changed = Jinja.rcTest((String) play.diff().get("changed_when"), register, rc);
    boolean failed = Jinja.rcTest((String) play.diff().get("failed_when"), register, rc);
    if (failed) {
      return new AnsibleRun(rc, changed, true, null); // a failed task ends the play for this host
    }
    boolean renders = Jinja.when((String) play.render().get("when"), register, changed, checkMode);
    var render = renders ? host.run((String) play.render().get("ansible.builtin.command")) : null;
    return new AnsibleRun(rc, changed, false, render);
  }

  @Test
  void ansibleLeavesAnUpToDateHostUnchanged() {
    var run = playAnsible(Playbook.fromDocs(), upToDate(), false);

    assertThat(run.diffExit()).isZero();
    assertThat(run.changed()).isFalse();
    assertThat(run.failed()).isFalse();
    assertThat(run.render()).as("render task skipped").isNull();
  }

  @Test
  void ansibleRendersADriftedHostAndReportsChanged() throws IOException {
    var play = Playbook.fromDocs();
    var host = drifted();

    var run = playAnsible(play, host, false);

    assertThat(run.diffExit()).isEqualTo(1);
    assertThat(run.changed()).isTrue();
    assertThat(run.render()).as("render task ran").isNotNull();
    assertThat(run.render().exit()).as(run.render().toString()).isZero();
    assertThat(playAnsible(play, host, false).changed())
        .as("the next run finds nothing to do")
        .isFalse();
  }

  @Test
  void ansibleCheckModeReportsDriftWithoutWriting() throws Exception {
    var host = drifted();
    var before = tree(host.root());

    var run = playAnsible(Playbook.fromDocs(), host, true);

    assertThat(run.changed()).as("--check reports the drift").isTrue();
    assertThat(run.render()).as("and does not render").isNull();
    assertThat(tree(host.root())).isEqualTo(before);
  }

  @Test
  void ansibleFailsOnABrokenModelInsteadOfRendering() throws IOException {
    var run = playAnsible(Playbook.fromDocs(), broken(), false);

    assertThat(run.diffExit()).isEqualTo(2);
    assertThat(run.failed()).isTrue();
    assertThat(run.render()).isNull();
  }

  @Test
  void ansibleValidateKeepsABadModelOffTheHost() throws IOException {
    String validate = (String) Playbook.fromDocs().copy().get("validate");
    var sandbox = new Sandbox(MODEL, tmp);

    // Ansible runs validate with %s replaced by the new file, and copies only on exit 0.
    assertThat(sandbox.run(validate.replace("%s", MODEL.toString())).exit()).isZero();
    assertThat(sandbox.run(validate.replace("%s", LINT_ERRORS.toString())).exit()).isEqualTo(1);
    assertThat(sandbox.run(validate.replace("%s", BROKEN.toString())).exit()).isEqualTo(2);
  }

  // ---- Puppet and Salt: a command guarded by `unless` ---------------------------------------

  /** What `unless` does in both tools: run the command unless the check exits 0. */
  private record Guarded(String command, String unless) {
    /** The command's run, or null when the check said it is not needed. */
    CliRun play(Sandbox host) {
      var check = host.run(unless);
      return check.exit() == 0 ? null : host.run(command);
    }
  }

  private static Guarded puppetExec() {
    String manifest = DocBlocks.block("puppet");
    var attributes = new LinkedHashMap<String, String>();
    Matcher m = Pattern.compile("(\\w+)\\s*=>\\s*'([^']*)'").matcher(manifest);
    while (m.find()) {
      attributes.put(m.group(1), m.group(2));
    }
    assertThat(manifest).startsWith("exec { ");
    assertThat(attributes).containsKeys("command", "unless");
    return new Guarded(attributes.get("command"), attributes.get("unless"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> saltState(String id) {
    Map<String, Object> states = YAML.load(DocBlocks.block("salt"));
    return (Map<String, Object>) states.get(id);
  }

  /** A Salt state's arguments: a list of one-key maps, flattened. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> saltArguments(String id, String function) {
    var arguments = new LinkedHashMap<String, Object>();
    ((List<Map<String, Object>>) saltState(id).get(function)).forEach(arguments::putAll);
    return arguments;
  }

  private static Guarded saltCmdRun() {
    var arguments = saltArguments("netgen-render", "cmd.run");
    return new Guarded((String) arguments.get("name"), (String) arguments.get("unless"));
  }

  private static List<Guarded> guardedExamples() {
    return List.of(puppetExec(), saltCmdRun());
  }

  @Test
  void unlessSkipsTheRenderOnAnUpToDateHost() {
    for (var example : guardedExamples()) {
      assertThat(example.play(upToDate())).as(example.toString()).isNull();
    }
  }

  @Test
  void unlessRendersADriftedHostOnceAndThenHasNothingToDo() throws IOException {
    for (var example : guardedExamples()) {
      var host = drifted();

      var render = example.play(host);

      assertThat(render).as(example.toString()).isNotNull();
      assertThat(render.exit()).as(render.toString()).isZero();
      assertThat(example.play(host)).as("second run of %s", example).isNull();
    }
  }

  @Test
  void unlessOnABrokenModelRunsTheRenderWhichFailsLoudlyAndWritesNothing() throws IOException {
    for (var example : guardedExamples()) {
      var host = broken();

      var render = example.play(host);

      assertThat(host.run(example.unless()).exit()).as("diff on a broken model").isEqualTo(2);
      assertThat(render).as("unless treats 2 as 'run the command'").isNotNull();
      assertThat(render.exit())
          .as("the render fails, so the exec/state fails: %s", render)
          .isEqualTo(2);
      assertThat(render.err()).contains("unknown key 'adress'");
      assertThat(tree(host.root())).as("nothing written").isEmpty();
    }
  }

  /** The nat model with the guest's MAC given to its tap as well: it renders, but lint errs. */
  private Sandbox withLintErrors() throws IOException {
    String model = Files.readString(MODEL);
    String duplicated =
        model.replace("    group: kvm\n", "    group: kvm\n    mac: 00:26:c6:21:cf:02\n");
    assertThat(duplicated).isNotEqualTo(model);
    Path file = Files.writeString(tmp.resolve("lint-errors.yaml"), duplicated);
    return new Sandbox(file, Files.createDirectories(tmp.resolve("lint-errors")));
  }

  @Test
  void unlessOnAModelWithLintErrorsRunsTheRenderWhichRefusesIt() throws IOException {
    for (var example : guardedExamples()) {
      var host = withLintErrors();

      var render = example.play(host);

      assertThat(host.run(example.unless()).exit())
          .as("diff does not lint: it sees drift")
          .isEqualTo(1);
      assertThat(render).isNotNull();
      assertThat(render.exit()).as("render refuses a model with errors: %s", render).isEqualTo(1);
      assertThat(render.err()).contains("error[mac-unique]");
      assertThat(tree(host.root())).as("nothing written").isEmpty();
    }
  }

  @Test
  void saltCheckCmdInstallsOnlyAModelThatLints() {
    var arguments = saltArguments("netgen-model", "file.managed");
    String checkCmd = (String) arguments.get("check_cmd");
    var sandbox = new Sandbox(MODEL, tmp);

    // Salt appends the temporary file holding the new contents, and installs it on exit 0.
    assertThat(sandbox.run(checkCmd + " " + MODEL).exit()).isZero();
    assertThat(sandbox.run(checkCmd + " " + LINT_ERRORS).exit()).isEqualTo(1);
    assertThat(sandbox.run(checkCmd + " " + BROKEN).exit()).isEqualTo(2);
    assertThat(saltArguments("netgen-render", "cmd.run").get("require").toString())
        .contains("netgen-model");
  }

  private static List<String> tree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return List.of();
    }
    var entries = new ArrayList<String>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted().toList()) {
        if (!p.equals(root)) {
          entries.add(
              root.relativize(p)
                  + (Files.isRegularFile(p) ? " " + Files.readString(p).hashCode() : ""));
        }
      }
    }
    return entries;
  }
}
