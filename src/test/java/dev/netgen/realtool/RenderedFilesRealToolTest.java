package dev.netgen.realtool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.load.ModelLoader;
import dev.netgen.model.Address;
import dev.netgen.model.Address6;
import dev.netgen.model.Located;
import dev.netgen.model.Model;
import dev.netgen.model.OutputKey;
import dev.netgen.render.OutputLayout;
import dev.netgen.render.RenderFixture;
import dev.netgen.render.Renderer;
import dev.netgen.render.Targets;
import dev.netgen.testing.Fixtures;
import dev.netgen.testing.Proc;
import dev.netgen.testing.RealTool;
import dev.netgen.text.Text;
import dev.netgen.write.TreeWriter;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real tools accept what render writes: dnsmasq --test on every dnsmasq.conf; sh -n, bash -n
 * and shellcheck -s sh on every shell file (conf.d/net included: it carries its own
 * "disable=SC2034", since netifrc, not the file, reads its variables); and conf.d/net sourced by a
 * bare sh gives the modelled values. Runs over the fixtures and one model that uses every feature.
 */
class RenderedFilesRealToolTest {
  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> realToolsAcceptEveryRenderedFile() {
    var tests = new ArrayList<DynamicTest>();
    for (Path setup : Fixtures.setups()) {
      var model =
          new ModelLoader()
              .load(setup.resolve("model.yaml").toString(), InputStream.nullInputStream());
      addCases(tests, setup.getFileName().toString(), model);
    }
    addCases(tests, "everything", RenderFixture.model(RenderFixture.EVERYTHING));
    return tests.stream();
  }

  private void addCases(List<DynamicTest> tests, String name, Model model) {
    tests.add(
        DynamicTest.dynamicTest(name + ": dnsmasq --test", () -> dnsmasqAccepts(name, model)));
    tests.add(
        DynamicTest.dynamicTest(
            name + ": sh -n, bash -n, shellcheck", () -> shellFilesPass(name, model)));
    tests.add(
        DynamicTest.dynamicTest(
            name + ": conf.d/net sourced by sh", () -> netSourcesToModelledValues(name, model)));
    tests.add(
        DynamicTest.dynamicTest(
            name + ": debian dnsmasq instance defaults",
            () -> debianDnsmasqDefaultsPass(name, model)));
  }

  /**
   * /etc/default/dnsmasq.netgen is sourced by the dnsmasq package's helper: it must pass sh -n and
   * shellcheck, and give the options docs/debian.md names.
   */
  private void debianDnsmasqDefaultsPass(String name, Model model) {
    String shellcheck = RealTool.require("shellcheck", "shellcheck").toString();
    Path root = tmp.resolve(name + "-debian");
    new TreeWriter(root).write(new Renderer().render(model, Targets.find("debian").orElseThrow()));
    Path file = root.resolve("etc/default/dnsmasq.netgen");
    if (model.bridges().values().stream().noneMatch(b -> b.dhcpServer().isPresent())) {
      assertThat(file).doesNotExist();
      return;
    }
    for (String[] check :
        List.of(
            new String[] {"sh", "-n", file.toString()},
            new String[] {shellcheck, "-s", "sh", file.toString()})) {
      var run = Proc.run(root, check);
      assertThat(run.exit()).as("%s:%n%s", check[0], run).isZero();
      assertThat(run.out() + run.err()).isEmpty();
    }
    var print =
        Proc.run(
            root,
            "env",
            "-i",
            "sh",
            "-c",
            "set -e; . ./etc/default/dnsmasq.netgen; echo \"$DNSMASQ_OPTS|$DHCP_LEASE|$DNSMASQ_EXCEPT\"");
    assertThat(print.out())
        .isEqualTo("--conf-file=/etc/dnsmasq.netgen.conf|/var/lib/misc/dnsmasq.netgen.leases|lo\n");
  }

  private Path renderInto(String name, Model model) {
    Path root = tmp.resolve(name);
    new TreeWriter(root).write(new Renderer().render(model, Targets.find("gentoo").orElseThrow()));
    return root;
  }

  private void dnsmasqAccepts(String name, Model model) {
    String dnsmasq = RealTool.require("dnsmasq", "dnsmasq-base").toString();
    Path root = renderInto(name, model);
    Path conf = root.resolve(new OutputLayout(model).path(OutputKey.DNSMASQ).relative());
    if (model.bridges().values().stream().noneMatch(b -> b.dhcpServer().isPresent())) {
      assertThat(conf).doesNotExist();
      return;
    }
    var run = Proc.run(root, dnsmasq, "--test", "-C", conf.toString());
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.err() + run.out()).contains("syntax check OK");
  }

  private void shellFilesPass(String name, Model model) {
    String shellcheck = RealTool.require("shellcheck", "shellcheck").toString();
    String bash = RealTool.require("bash", "bash").toString();
    Path root = renderInto(name, model);
    var layout = new OutputLayout(model);
    var shellFiles = new ArrayList<Path>();
    shellFiles.add(root.resolve(layout.path(OutputKey.NET).relative()));
    for (OutputKey script : List.of(OutputKey.IPTABLES, OutputKey.EBTABLES)) {
      Path p = root.resolve(layout.path(script).relative());
      if (p.toFile().exists()) {
        shellFiles.add(p);
      }
    }
    for (Path file : shellFiles) {
      for (String[] check :
          List.of(
              new String[] {"sh", "-n", file.toString()},
              new String[] {bash, "-n", file.toString()},
              new String[] {shellcheck, "-s", "sh", file.toString()})) {
        var run = Proc.run(root, check);
        assertThat(run.exit()).as("%s on %s:%n%s", check[0], root.relativize(file), run).isZero();
        assertThat(run.out() + run.err()).as("%s on %s", check[0], root.relativize(file)).isEmpty();
      }
    }
  }

  /**
   * netifrc sources conf.d/net as sh (docs/formats.md): env -i sh -c 'set -e; . ./net; echo
   * "$bridge_br0"'.
   */
  private void netSourcesToModelledValues(String name, Model model) {
    Path root = renderInto(name, model);
    Path net = root.resolve(new OutputLayout(model).path(OutputKey.NET).relative());
    var print = new StringBuilder("set -e; . ./").append(net.getFileName()).append(";");
    var expected = new StringBuilder();
    for (var bridge : model.bridges().values()) {
      String v = Text.forNetifrcVariable(bridge.name().value().text());
      print
          .append(" printf '%s|%s\\n' \"$bridge_")
          .append(v)
          .append("\" \"$config_")
          .append(v)
          .append("\";");
      expected
          .append(String.join(" ", bridge.ports().stream().map(p -> p.value().text()).toList()))
          .append('|')
          .append(config(bridge.address().value(), bridge.address6()))
          .append('\n');
    }
    for (var tap : model.taps().values()) {
      String v = Text.forNetifrcVariable(tap.name().value().text());
      print
          .append(" printf '%s|%s\\n' \"$tuntap_")
          .append(v)
          .append("\" \"$config_")
          .append(v)
          .append("\";");
      expected.append("tap|null\n");
    }
    var run = Proc.run(net.getParent(), "env", "-i", "sh", "-c", print.toString());
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(expected.toString());
  }

  /** The IPv4 form, then each fixed IPv6 address and dhcpv6, one per line; null for none. */
  private static String config(Address address, List<Located<Address6>> address6) {
    var entries = new ArrayList<String>();
    if (address instanceof Address.Static s) {
      entries.add(s.cidr().toString());
    } else if (address instanceof Address.Dhcp) {
      entries.add("dhcp");
    }
    for (var form : address6) {
      if (form.value() instanceof Address6.Static s) {
        entries.add(s.cidr().toString());
      } else if (form.value() instanceof Address6.Dhcp6) {
        entries.add("dhcpv6");
      }
    }
    return entries.isEmpty() ? "null" : String.join("\n", entries);
  }
}
