package dev.netgen.hostile;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netgen.load.ModelLoader;
import dev.netgen.model.Model;
import dev.netgen.model.OutputPath;
import dev.netgen.render.FileSet;
import dev.netgen.render.RenderedFile;
import dev.netgen.render.Renderer;
import dev.netgen.render.Targets;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The output check of the hostile tests passes real renders and catches the lines an injection
 * makes.
 */
class RenderedLinesTest {
  private static final Model NAT =
      new ModelLoader().load("fixtures/nat/model.yaml", InputStream.nullInputStream());

  private static FileSet rendered() {
    return rendered("gentoo");
  }

  private static FileSet rendered(String target) {
    return new Renderer().render(NAT, Targets.find(target).orElseThrow());
  }

  /** The nat render with one file's text changed by edit. */
  private static FileSet tampered(String path, java.util.function.UnaryOperator<String> edit) {
    return tampered("gentoo", path, edit);
  }

  private static FileSet tampered(
      String target, String path, java.util.function.UnaryOperator<String> edit) {
    var out = new FileSet();
    for (var file : rendered(target).files()) {
      if (file.path().equals(OutputPath.of(path)) && file instanceof RenderedFile.Regular r) {
        String text = edit.apply(new String(r.content(), StandardCharsets.UTF_8));
        out.add(
            new RenderedFile.Regular(r.path(), text.getBytes(StandardCharsets.UTF_8), r.mode()));
      } else {
        out.add(file);
      }
    }
    return out;
  }

  @Test
  void passesTheSeedRenderForEveryTarget() {
    for (String target : Targets.ids()) {
      assertThatCode(() -> RenderedLines.check(NAT, rendered(target)))
          .as(target)
          .doesNotThrowAnyException();
    }
  }

  @Test
  void catchesAnIfupdownCommandAfterAPortList() {
    var files =
        tampered(
            "debian",
            "etc/network/interfaces",
            t -> t.replace("    bridge_ports tap0\n", "    bridge_ports tap0\n    up id\n"));
    assertThatThrownBy(() -> RenderedLines.check(NAT, files)).hasMessageEndingWith(":     up id");
    var inline =
        tampered(
            "debian",
            "etc/network/interfaces",
            t -> t.replace("    bridge_ports tap0\n", "    bridge_ports tap0 # x\n"));
    assertThatThrownBy(() -> RenderedLines.check(NAT, inline))
        .hasMessageEndingWith(":     bridge_ports tap0 # x");
  }

  @Test
  void catchesANewDnsmasqDirective() {
    var files =
        tampered(
            "etc/dnsmasq.netgen.conf",
            t -> t.replace("interface=br0\n", "interface=br0\nconf-script=/bin/sh -c id\n"));
    assertThatThrownBy(() -> RenderedLines.check(NAT, files))
        .hasMessageMatching("/etc/dnsmasq.netgen.conf line [0-9]+ .*: conf-script=/bin/sh -c id");
  }

  @Test
  void catchesAnExtraFieldInADhcpHost() {
    var files =
        tampered(
            "etc/dnsmasq.netgen.conf", t -> t.replace("172.16.1.2,win7\n", "172.16.1.2,win7,x\n"));
    assertThatThrownBy(() -> RenderedLines.check(NAT, files))
        .hasMessageEndingWith(": dhcp-host=00:26:c6:21:cf:02,172.16.1.2,win7,x");
  }

  @Test
  void catchesShellAfterANetifrcValue() {
    var files =
        tampered(
            "etc/conf.d/net",
            t -> t.replace("config_br0=\"172.16.1.1/24\"", "config_br0=\"172.16.1.1/24\"; reboot"));
    assertThatThrownBy(() -> RenderedLines.check(NAT, files))
        .hasMessageEndingWith(": config_br0=\"172.16.1.1/24\"; reboot");
  }

  @Test
  void catchesACommandInAHook() {
    var files =
        tampered(
            "etc/conf.d/net",
            t ->
                t.replace(
                    "iptables.sh start br0 || exit 1\n",
                    "iptables.sh start br0 $(id) || exit 1\n"));
    assertThatThrownBy(() -> RenderedLines.check(NAT, files))
        .hasMessageContaining("/etc/netgen/iptables.sh start br0 $(id)");
  }

  @Test
  void catchesAnExtraQemuOption() {
    var files =
        tampered("etc/netgen/qemu/win7.args", t -> t.replace("script=no,", "script=/tmp/x,"));
    assertThatThrownBy(() -> RenderedLines.check(NAT, files)).hasMessageContaining("script=/tmp/x");
  }

  @Test
  void catchesANewSysctlKeyAndAControlCharacter() {
    var key = tampered("etc/sysctl.d/90-netgen.conf", t -> t + "kernel.core_pattern = |/tmp/x\n");
    assertThatThrownBy(() -> RenderedLines.check(NAT, key))
        .hasMessageContaining("kernel.core_pattern");
    var escape =
        tampered("etc/sysctl.d/90-netgen.conf", t -> t.replace("ip_forward", "ip_for\u001bward"));
    assertThatThrownBy(() -> RenderedLines.check(NAT, escape))
        .hasMessageContaining("holds byte 0x1b");
  }

  @Test
  void judgesAFileMovedOntoAnotherOutputsDefaultPathByItsOwnTemplate() throws Exception {
    // Found by the fuzz runs: a file moved to /etc/sysctl.conf is not the sysctl file, and '@'
    // and '+' are path characters (the script's path is in conf.d/net's hooks and QEMU comments).
    String yaml =
        java.nio.file.Files.readString(java.nio.file.Path.of("fixtures/nat/model.yaml"))
            + "outputs:\n  dnsmasq: /etc/sysctl.conf\n  sysctl: /etc/sysctl.d/90-netgen.conf\n"
            + "  iptables: /etc/net@gen+x/fw.sh\n  qemu: /etc/net@gen+x/vms\n";
    var model = new ModelLoader().parse("moved.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    var files = new Renderer().render(model, Targets.find("gentoo").orElseThrow());

    assertThatCode(() -> RenderedLines.check(model, files)).doesNotThrowAnyException();
  }

  @Test
  void acceptsAFileAtAPlaceAnUnrenderedOutputWasMovedTo() throws Exception {
    // Found by the fuzz runs: an output moved onto another's default place is not rendered (no
    // DHCP server; the Gentoo target writes no interfaces file), so the file there is the other's.
    for (String[] c :
        new String[][] {
          {
            "fixtures/bridged/model.yaml",
            "forwarding:\n  ipv4: true\noutputs:\n  dnsmasq: /etc/sysctl.conf\n",
            "gentoo"
          },
          {
            "fixtures/nat/model.yaml", "outputs:\n  interfaces: /etc/netgen/iptables.sh\n", "gentoo"
          },
          {"fixtures/nat/model.yaml", "outputs:\n  net: /etc/netgen/iptables.sh\n", "debian"}
        }) {
      String yaml = java.nio.file.Files.readString(java.nio.file.Path.of(c[0])) + c[1];
      var model = new ModelLoader().parse("moved.yaml", yaml.getBytes(StandardCharsets.UTF_8));
      var files = new Renderer().render(model, Targets.find(c[2]).orElseThrow());

      assertThatCode(() -> RenderedLines.check(model, files)).as(c[1]).doesNotThrowAnyException();
    }
  }
}
