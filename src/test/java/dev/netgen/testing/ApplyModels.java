package dev.netgen.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The models the apply tests go through, as text: the nat fixture, the same with its reservation
 * changed (172.16.1.2 to .3), and that with a second NAT bridge br1 whose port is tap1 (no guest on
 * it). The apply lab applies them in turn; the dry-run goldens preview the same transitions.
 */
public final class ApplyModels {
  private ApplyModels() {}

  public static String nat() {
    try {
      return Files.readString(Path.of("fixtures/nat/model.yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String reserved() {
    return nat().replace("ip: 172.16.1.2", "ip: 172.16.1.3");
  }

  public static String two() {
    return reserved()
        .replace("    group: kvm\n", "    group: kvm\n  tap1:\n    owner: qemu\n    group: kvm\n")
        .replace(
            "bridges:\n",
            """
            bridges:
              br1:
                ports: [tap1]
                address: 172.16.2.1/24
                dhcp_server:
                  range: [172.16.2.10, 172.16.2.100]
                  lease: 12h
                  router: 172.16.2.1
                nat:
                  uplink: wlan0
            """);
  }
}
