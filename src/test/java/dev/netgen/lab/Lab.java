package dev.netgen.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.testing.Proc;
import dev.netgen.testing.RealTool;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs a scenario of the end-to-end lab (lab/SCENARIO.sh, see lab/lib.sh) as PID 1 of fresh PID,
 * network and mount namespaces, and reads back its steps. The PID namespace is what makes the
 * clean-up certain: when the scenario ends, or unshare is killed (--kill-child), the kernel kills
 * every process it started and frees every namespace and device it made. The machine's own
 * interfaces, addresses, routes, namespaces and firewall are read before and after, and must not
 * have changed.
 */
public final class Lab {
  static final Path DIR = Path.of("lab").toAbsolutePath();

  /** The Debian host preparation, shared with DebianIfupdownRealToolTest. */
  public static final Path DEBIAN_HOST = DIR.resolve("debian-host.sh");

  /** Each scenario bounds its own steps well below this. */
  private static final Duration TIMEOUT = Duration.ofSeconds(90);

  private Lab() {}

  /**
   * How the lab runs netgen: this JVM's java with the test class path (classes and dependencies).
   */
  static String netgen() {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return java + " -cp " + System.getProperty("java.class.path") + " dev.netgen.Main";
  }

  /** Skips (or, under CI, fails) unless root and every tool the lab runs are there. */
  static void requireTools() {
    RealTool.requireRoot();
    for (String[] tool :
        new String[][] {
          {"unshare", "util-linux"},
          {"ip", "iproute2"},
          {"bridge", "iproute2"},
          {"ifup", "ifupdown"},
          {"brctl", "bridge-utils"},
          {"dnsmasq", "dnsmasq-base"},
          {"udhcpc", "udhcpc"},
          {"ping", "iputils-ping"},
          {"sysctl", "procps"},
          {"iptables", "iptables"},
          {"ebtables", "ebtables"},
          {"useradd", "passwd"},
          {"timeout", "coreutils"},
          {"perl", "perl-base"},
          {"bash", "bash"}
        }) {
      RealTool.require(tool[0], tool[1]);
    }
  }

  /** Runs lab/SCENARIO.sh with env (ROOT and WORK among it) and checks the machine is untouched. */
  static Run run(Path tmp, String scenario, Map<String, String> env) {
    return run(tmp, scenario, env, TIMEOUT);
  }

  /** As {@link #run(Path, String, Map)}, for a scenario that needs longer than the default. */
  static Run run(Path tmp, String scenario, Map<String, String> env, Duration timeout) {
    requireTools();
    String before = machine(tmp);
    var command =
        new String[] {
          "unshare",
          "--net",
          "--mount",
          "--pid",
          "--uts", // a scenario may set the model's host name (a DHCP client sends it)
          "--fork",
          "--kill-child",
          "--mount-proc",
          "bash",
          DIR.resolve(scenario + ".sh").toString()
        };
    long start = System.nanoTime();
    var proc = Proc.run(tmp, env, timeout, command);
    long millis = (System.nanoTime() - start) / 1_000_000;
    var run = Run.parse(String.join(" ", command), env, proc, millis);
    String after = machine(tmp);
    assertThat(after)
        .as("the machine's own network after the lab (before: see above)%n%s", run.transcript())
        .isEqualTo(before);
    return run;
  }

  /**
   * The machine's own network, as the JVM's namespace sees it: links, addresses, IPv4 routes of
   * every table, named namespaces, iptables and ebtables rules, IPv4 forwarding.
   */
  private static String machine(Path tmp) {
    var text = new StringBuilder();
    for (String[] command :
        new String[][] {
          {"ip", "-br", "link"},
          {"ip", "-br", "addr"},
          {"ip", "-4", "route", "show", "table", "all"},
          {"ip", "netns", "list"},
          {"iptables", "-w", "-S"},
          {"iptables", "-w", "-t", "nat", "-S"},
          {"ebtables", "-t", "nat", "-L"},
          {"cat", "/proc/sys/net/ipv4/ip_forward"}
        }) {
      var proc = Proc.run(tmp, command);
      text.append("$ ")
          .append(String.join(" ", command))
          .append(" (exit ")
          .append(proc.exit())
          .append(")\n")
          .append(proc.out())
          .append(proc.err());
    }
    return text.toString();
  }

  /** One step of a scenario: its name, the command, how it ended and what it printed. */
  record Step(String name, String command, int exit, long millis, String out) {
    @Override
    public String toString() {
      return "step " + name + ": $ " + command + "\n(exit " + exit + ", " + millis + " ms)\n" + out;
    }
  }

  /**
   * A scenario's steps in order, the logs of what it ran in the background, the step that broke it
   * (if one did), and the whole transcript to show when a check fails.
   */
  record Run(
      Map<String, Step> steps,
      Map<String, String> logs,
      String failed,
      long millis,
      String transcript) {

    static Run parse(String command, Map<String, String> env, Proc proc, long millis) {
      var steps = new LinkedHashMap<String, Step>();
      var logs = new LinkedHashMap<String, String>();
      String failed = null;
      String name = null;
      String cmd = null;
      String log = null;
      var text = new StringBuilder();
      for (String line : proc.out().split("\n", -1)) {
        if (line.startsWith("@@ step ")) {
          name = line.substring("@@ step ".length());
          cmd = null;
          log = null;
          text.setLength(0);
        } else if (line.startsWith("@@ $ ") && name != null && cmd == null) {
          cmd = line.substring("@@ $ ".length());
        } else if (line.startsWith("@@ exit ") && name != null) {
          String[] parts = line.split(" ");
          steps.put(
              name,
              new Step(
                  name,
                  cmd,
                  Integer.parseInt(parts[2]),
                  Long.parseLong(parts[3]),
                  text.toString()));
          name = null;
        } else if (line.startsWith("@@ failed ")) {
          failed = line.substring("@@ failed ".length());
        } else if (line.startsWith("@@ log ")) {
          if (log != null) {
            logs.put(log, text.toString());
          }
          log = line.substring("@@ log ".length());
          text.setLength(0);
        } else if (line.startsWith("@@ end ")) {
          if (log != null) {
            logs.put(log, text.toString());
          }
          log = null;
        } else if (name != null || log != null) {
          text.append(line).append('\n');
        }
      }
      var envText = new StringBuilder();
      env.forEach((k, v) -> envText.append(k).append('=').append(v).append(' '));
      String transcript =
          "--- the lab: "
              + envText
              + command
              + " ("
              + proc.exit()
              + " after "
              + millis
              + " ms)\n"
              + proc.out()
              + "--- its stderr\n"
              + proc.err();
      var run = new Run(steps, logs, failed, millis, transcript);
      if (proc.exit() != 0) {
        Step broke = failed == null ? null : steps.get(failed);
        throw new AssertionError(
            (broke == null
                    ? "the lab scenario failed (exit " + proc.exit() + ") outside any step"
                    : "the lab broke at " + broke)
                + "\n"
                + run.backgroundLogs()
                + "\n"
                + transcript);
      }
      return run;
    }

    /** The step, or a failure saying that it never ran. */
    Step step(String name) {
      Step step = steps.get(name);
      if (step == null) {
        throw new AssertionError("step " + name + " did not run\n" + transcript);
      }
      return step;
    }

    String out(String name) {
      return step(name).out();
    }

    /** Runs the checks; a failing one is reported with the whole transcript after it. */
    void check(Consumer<Run> checks) {
      try {
        checks.accept(this);
      } catch (AssertionError e) {
        throw new AssertionError(e.getMessage() + "\n\n" + transcript, e);
      }
    }

    private String backgroundLogs() {
      var text = new StringBuilder();
      logs.forEach((k, v) -> text.append("--- log of ").append(k).append('\n').append(v));
      return text.toString();
    }
  }
}
