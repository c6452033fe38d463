package dev.netgen.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.load.ModelLoader;
import dev.netgen.model.Address;
import dev.netgen.model.Model;
import dev.netgen.model.OutputKey;
import dev.netgen.testing.Fixtures;
import dev.netgen.testing.RealTool;
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
  /** Two DHCP bridges, NAT, MAC NAT with and without a fixed uplink MAC, VLAN and dashed names. */
  static final String EVERYTHING = """
      version: 1
      host: {name: hv02, distro: gentoo}
      interfaces:
        eth0: {address: dhcp}
        eth0.10: {address: 10.10.0.2/24, gateway: 10.10.0.1}
        wlan0: {type: wireless, four_addr: true, mac: "02:aa:bb:cc:dd:ee"}
        wlan1: {type: wireless, four_addr: true}
      taps:
        tap0: {owner: qemu, group: kvm, mac: "02:00:00:00:01:00"}
        tap-1: {owner: qemu}
        tap2: {}
        tap3: {}
      bridges:
        br0:
          ports: [tap0]
          address: 172.16.1.1/24
          stp: true
          forward_delay: 2
          hello_time: 1
          dhcp_server:
            range: [172.16.1.10, 172.16.1.100]
            lease: 12h
            dns: [172.16.1.1, 9.9.9.9]
            domain: vm.lan
          nat: {uplink: eth0}
        br-lan:
          ports: [tap-1]
          address: 172.16.2.1/24
          dhcp_server: {range: [172.16.2.10, 172.16.2.20], router: 172.16.2.1}
          nat: {uplink: eth0.10}
        br2:
          ports: [wlan0, tap2]
          address: dhcp
          mac_nat: {uplink: wlan0}
        br3:
          ports: [wlan1, tap3]
          mac_nat: {uplink: wlan1}
      guests:
        web:
          nics:
            - {tap: tap0, mac: "52:54:00:00:00:01", ip: 172.16.1.5}
            - {tap: tap2, mac: "52:54:00:00:00:02", ip: 192.168.1.60}
        db:
          nics:
            - {tap: tap-1, mac: "52:54:00:00:00:03", ip: 172.16.2.5, model: e1000}
            - {tap: tap3, mac: "52:54:00:00:00:04", ip: 192.168.2.60}
      """;

  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> realToolsAcceptEveryRenderedFile() {
    var tests = new ArrayList<DynamicTest>();
    for (Path setup : Fixtures.setups()) {
      var model = new ModelLoader().load(setup.resolve("model.yaml").toString(), InputStream.nullInputStream());
      addCases(tests, setup.getFileName().toString(), model);
    }
    addCases(tests, "everything", RenderFixture.model(EVERYTHING));
    return tests.stream();
  }

  private void addCases(List<DynamicTest> tests, String name, Model model) {
    tests.add(DynamicTest.dynamicTest(name + ": dnsmasq --test", () -> dnsmasqAccepts(name, model)));
    tests.add(DynamicTest.dynamicTest(name + ": sh -n, bash -n, shellcheck", () -> shellFilesPass(name, model)));
    tests.add(DynamicTest.dynamicTest(name + ": conf.d/net sourced by sh", () -> netSourcesToModelledValues(name, model)));
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
      for (String[] check : List.of(
          new String[] {"sh", "-n", file.toString()},
          new String[] {bash, "-n", file.toString()},
          new String[] {shellcheck, "-s", "sh", file.toString()})) {
        var run = Proc.run(root, check);
        assertThat(run.exit()).as("%s on %s:%n%s", check[0], root.relativize(file), run).isZero();
        assertThat(run.out() + run.err()).as("%s on %s", check[0], root.relativize(file)).isEmpty();
      }
    }
  }

  /** netifrc sources conf.d/net as sh (docs/formats.md): env -i sh -c 'set -e; . ./net; echo "$bridge_br0"'. */
  private void netSourcesToModelledValues(String name, Model model) {
    Path root = renderInto(name, model);
    Path net = root.resolve(new OutputLayout(model).path(OutputKey.NET).relative());
    var print = new StringBuilder("set -e; . ./").append(net.getFileName()).append(";");
    var expected = new StringBuilder();
    for (var bridge : model.bridges().values()) {
      String v = bridge.name().value().shellVar();
      print.append(" printf '%s|%s\\n' \"$bridge_").append(v).append("\" \"$config_").append(v).append("\";");
      expected.append(String.join(" ", bridge.ports().stream().map(p -> p.value().text()).toList()))
          .append('|').append(config(bridge.address().value())).append('\n');
    }
    for (var tap : model.taps().values()) {
      String v = tap.name().value().shellVar();
      print.append(" printf '%s|%s\\n' \"$tuntap_").append(v).append("\" \"$config_").append(v).append("\";");
      expected.append("tap|null\n");
    }
    var run = Proc.run(net.getParent(), "env", "-i", "sh", "-c", print.toString());
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(expected.toString());
  }

  private static String config(Address address) {
    if (address instanceof Address.Static s) {
      return s.cidr().toString();
    }
    return address instanceof Address.Dhcp ? "dhcp" : "null";
  }
}
