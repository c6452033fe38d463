package dev.netgen.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.testing.CliRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The apply examples of docs/hooks.md: each runs netgen apply behind the same diff guard as the
 * render examples that ConfigManagementDocsTest plays, and netgen takes its command line. (They are
 * not played here: apply acts on the machine's own network; lab/apply-debian.sh plays apply in
 * namespaces.)
 */
class ApplyRecipesDocsTest {
  private static final String APPLY = "netgen apply /etc/netgen/model.yaml";
  private static final String CONFIRMED_APPLY = APPLY + " --confirm-within 2m --probe";
  private static final String GUARD = "netgen diff /etc/netgen/model.yaml --quiet";

  @Test
  @SuppressWarnings("unchecked")
  void ansibleAppliesWhenDiffFoundDriftAndNotInCheckMode() {
    List<Map<String, Object>> tasks = yaml().load(DocBlocks.block("ansible-apply"));

    assertThat(tasks).hasSize(1);
    String command = CONFIRMED_APPLY + " {{ ansible_env.SSH_CLIENT.split() | first }}";
    assertThat(tasks.get(0))
        .containsEntry("ansible.builtin.command", command)
        .containsEntry("when", "netgen_diff is changed and not ansible_check_mode");
    String played = DocBlocks.block("ansible");
    assertThat(played).contains("register: netgen_diff").contains(GUARD);
    // the controller's address, as SSH_CLIENT gives it, in place of the template
    assertTakesIt(CONFIRMED_APPLY + " 192.0.2.10");
  }

  @Test
  void puppetAppliesUnlessDiffSaysUpToDate() {
    var attributes = new java.util.HashMap<String, String>();
    var m = Pattern.compile("(\\w+)\\s*=>\\s*'([^']*)'").matcher(DocBlocks.block("puppet-apply"));
    while (m.find()) {
      attributes.put(m.group(1), m.group(2));
    }

    assertThat(attributes).containsEntry("command", APPLY).containsEntry("unless", GUARD);
    assertTakesIt(attributes.get("command"));
    assertTakesIt(attributes.get("unless"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void saltAppliesUnlessDiffSaysUpToDate() {
    Map<String, Object> states = yaml().load(DocBlocks.block("salt-apply"));
    var arguments = new java.util.LinkedHashMap<String, Object>();
    ((List<Map<String, Object>>) ((Map<String, Object>) states.get("netgen-apply")).get("cmd.run"))
        .forEach(arguments::putAll);

    assertThat(arguments).containsEntry("name", APPLY).containsEntry("unless", GUARD);
    assertThat(DocBlocks.block("salt")).contains("netgen-model:");
  }

  private static Yaml yaml() {
    return new Yaml(new SafeConstructor(new LoaderOptions()));
  }

  /** netgen parses the command line (its --help answers only once every option parsed). */
  private static void assertTakesIt(String command) {
    var words = new ArrayList<>(List.of(command.split(" ")));
    words.remove(0);
    words.add("--help");
    var run = CliRun.run(words.toArray(String[]::new));
    assertThat(run.exit()).as("%s", run).isZero();
  }
}
