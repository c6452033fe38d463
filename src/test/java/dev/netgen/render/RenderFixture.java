package dev.netgen.render;

import dev.netgen.load.ModelLoader;
import dev.netgen.model.Model;
import dev.netgen.model.OutputPath;
import java.nio.charset.StandardCharsets;

/** Renders small inline models for behaviour tests, and reads single files of the result. */
public final class RenderFixture {
  /** Two DHCP bridges, NAT, MAC NAT with and without a fixed uplink MAC, VLAN and dashed names. */
  public static final String EVERYTHING =
      """
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

  private static final TemplateEngine ENGINE = new TemplateEngine();

  private RenderFixture() {}

  public static Model model(String yaml) {
    return new ModelLoader().parse("model.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  public static FileSet render(String yaml) {
    return render(yaml, "gentoo");
  }

  static FileSet render(String yaml, String target) {
    return new Renderer(ENGINE).render(model(yaml), Targets.find(target).orElseThrow());
  }

  static String text(FileSet files, String relative) {
    var file =
        files
            .get(OutputPath.of(relative))
            .orElseThrow(() -> new AssertionError("no file " + relative));
    return new String(((RenderedFile.Regular) file).content(), StandardCharsets.UTF_8);
  }

  static String link(FileSet files, String relative) {
    var file =
        files
            .get(OutputPath.of(relative))
            .orElseThrow(() -> new AssertionError("no link " + relative));
    return ((RenderedFile.Symlink) file).target();
  }

  static int mode(FileSet files, String relative) {
    return ((RenderedFile.Regular) files.get(OutputPath.of(relative)).orElseThrow()).mode();
  }

  static boolean has(FileSet files, String relative) {
    return files.get(OutputPath.of(relative)).isPresent();
  }
}
