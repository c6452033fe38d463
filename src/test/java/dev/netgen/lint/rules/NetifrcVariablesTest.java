package dev.netgen.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.lint.rules.NetifrcVariables.Role;
import dev.netgen.load.ModelLoader;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import dev.netgen.testing.Fixtures;
import dev.netgen.text.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The table of netifrc variables holds the Gentoo output: every variable a rendered conf.d/net
 * golden assigns is one that NetifrcVariables.WRITTEN says the output writes for a device of that
 * model, in that device's role. A template that starts writing a new variable fails here until the
 * table (and so the collision check) knows it.
 */
class NetifrcVariablesTest {
  private static final Pattern ASSIGNMENT = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)=.*");

  @Test
  void everyVariableTheGentooGoldensAssignIsInTheTable() throws IOException {
    var goldens = goldens();
    assertThat(goldens).as("rendered conf.d/net goldens").isNotEmpty();
    var unknown = new ArrayList<String>();
    for (Path net : goldens) {
      Path model =
          net.getParent().getParent().getParent().getParent().getParent().resolve("model.yaml");
      Set<String> known =
          written(new ModelLoader().load(model.toString(), InputStream.nullInputStream()));
      for (String line : Files.readAllLines(net)) {
        var m = ASSIGNMENT.matcher(line);
        if (m.matches() && !known.contains(m.group(1))) {
          unknown.add(net + ": " + m.group(1));
        }
      }
    }
    assertThat(unknown)
        .as("variables conf.d/net assigns that NetifrcVariables.WRITTEN does not list")
        .isEmpty();
  }

  @Test
  void aNameAcrossPrefixesIsReadAsTheOtherDevicesSetting() {
    Set<String> devices = Set.of("b", "stp_state_b", "br0", "nf_call_iptables_br0", "tap0");

    assertThat(NetifrcVariables.readAsOther("bridge_stp_state_b", "stp_state_b", devices))
        .hasValueSatisfying(r -> assertThat(r.pattern()).isEqualTo("bridge_stp_state_<b>"));
    assertThat(
            NetifrcVariables.readAsOther(
                "bridge_nf_call_iptables_br0", "nf_call_iptables_br0", devices))
        .hasValueSatisfying(
            r -> assertThat(r.pattern()).isEqualTo("bridge_nf_call_iptables_<br0>"));
    assertThat(NetifrcVariables.readAsOther("rc_net_tap0_provide", "tap0", devices)).isEmpty();
    assertThat(NetifrcVariables.readAsOther("config_stp_state_b", "stp_state_b", devices))
        .as("config_stp_state is nothing netifrc reads")
        .isEmpty();
  }

  private static Set<String> written(Model model) {
    var names = new HashSet<String>();
    for (var device : Wiring.of(model).devices()) {
      names.addAll(
          NetifrcVariables.written(
              Role.of(device.kind()), Text.forNetifrcVariable(device.name().value().text())));
    }
    return names;
  }

  private static List<Path> goldens() throws IOException {
    try (Stream<Path> files = Files.walk(Fixtures.ROOT)) {
      return files
          .filter(p -> p.endsWith(Path.of("expected", "gentoo", "etc", "conf.d", "net")))
          .sorted()
          .toList();
    }
  }
}
