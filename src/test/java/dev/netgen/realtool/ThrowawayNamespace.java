package dev.netgen.realtool;

import dev.netgen.testing.Proc;
import dev.netgen.testing.RealTool;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * A shell script run as PID 1 of fresh network and PID namespaces: whatever it starts (dnsmasq,
 * udhcpc, guest namespaces) dies with it, and nothing it does reaches the machine's own network.
 * For the dnsmasq tests, which also need its tools.
 */
final class ThrowawayNamespace {
  private ThrowawayNamespace() {}

  /** Skips (or fails under CI) without root, the namespace tools, dnsmasq or udhcpc. */
  static void requireDhcpTools() {
    RealTool.requireRoot();
    RealTool.require("unshare", "util-linux");
    RealTool.require("nsenter", "util-linux");
    RealTool.require("ip", "iproute2");
    RealTool.require("dnsmasq", "dnsmasq-base");
    RealTool.require("udhcpc", "udhcpc");
  }

  /** Runs script with env (and this JVM's PATH) in dir. */
  static Proc run(Path dir, Map<String, String> env, Duration timeout, String script) {
    var all = new HashMap<>(env);
    all.put("PATH", System.getenv("PATH"));
    return Proc.run(
        dir,
        all,
        timeout,
        "unshare",
        "--net",
        "--pid",
        "--fork",
        "--kill-child",
        "--mount-proc",
        "sh",
        "-c",
        script);
  }
}
