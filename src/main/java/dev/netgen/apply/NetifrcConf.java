package dev.netgen.apply;

import dev.netgen.text.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * netifrc's /etc/conf.d/net as apply reads it: per device, the lines that configure it (its
 * variables and its arms of the preup/postup/predown hooks) and the services it needs; and the
 * lines every device reads (a hook's frame, the net.local include). Comments and blank lines are
 * left out, so a new model path in the header restarts nothing.
 *
 * <p>netgen writes each device's variables as one block under a "# NAME: what it is" comment, which
 * gives the device's real name (a variable has it with '-' and '.' turned into '_'). A file netgen
 * did not write (an adopted original) has no such comments: there each config_X variable names a
 * device X, and a variable belongs to the device whose name ends it.
 */
public record NetifrcConf(Map<String, Device> devices, List<String> shared) {

  /** One device: the lines that configure it, and the devices its service needs (net.X). */
  public record Device(String name, List<String> lines, List<String> needs) {
    public Device {
      lines = List.copyOf(lines);
      needs = List.copyOf(needs);
    }
  }

  /** No file: no device. */
  public static final NetifrcConf NONE = new NetifrcConf(Map.of(), List.of());

  private static final Pattern BLOCK = Pattern.compile("# ([A-Za-z0-9_.%-]{1,64}): .*");
  private static final Pattern ASSIGNMENT =
      Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(.*)", Pattern.DOTALL);
  private static final Pattern FUNCTION = Pattern.compile("([a-z_]+)\\(\\) \\{");
  private static final Pattern ARM = Pattern.compile("\t'?([A-Za-z0-9_.%-]{1,64})'?\\)");
  private static final Pattern NEED = Pattern.compile("rc_net_[A-Za-z0-9_]+_need");
  private static final Pattern SERVICE = Pattern.compile("net\\.([A-Za-z0-9_.%-]{1,64})");

  public NetifrcConf {
    devices = Map.copyOf(devices);
    shared = List.copyOf(shared);
  }

  /** Reads the file's text; "" (no file) gives no device. */
  public static NetifrcConf parse(String text) {
    return new Reader(text).read();
  }

  /** The device by its real name, as in net.NAME. */
  public Device device(String name) {
    return devices.get(name);
  }

  /** Walks the file once, line by line: blocks, hook functions and their arms, the rest. */
  private static final class Reader {
    private final List<String> lines;
    private final Map<String, List<String>> byDevice = new LinkedHashMap<>();
    private final Map<String, List<String>> needs = new LinkedHashMap<>();
    private final List<String> loose = new ArrayList<>();
    private final List<String> shared = new ArrayList<>();

    Reader(String text) {
      this.lines = text.lines().toList();
    }

    NetifrcConf read() {
      String block = null;
      String function = null;
      String arm = null;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        var assignment = ASSIGNMENT.matcher(line);
        var head = BLOCK.matcher(line);
        if (function == null && head.matches() && next(i).matches()) {
          block = head.group(1);
          byDevice.computeIfAbsent(block, k -> new ArrayList<>());
        } else if (function == null && assignment.matches()) {
          int last = lastLine(i);
          String whole = String.join("\n", lines.subList(i, last + 1));
          i = last;
          if (block == null) {
            loose.add(whole);
          } else {
            var all = ASSIGNMENT.matcher(whole);
            add(block, whole, assignment.group(1), all.matches() ? all.group(2) : "");
          }
        } else {
          block = null;
          String code = line.strip();
          if (code.isEmpty() || code.startsWith("#")) {
            continue;
          }
          var opens = FUNCTION.matcher(line);
          var arms = ARM.matcher(line);
          if (function == null && opens.matches()) {
            function = opens.group(1);
          } else if (function != null && line.equals("}")) {
            function = null;
          } else if (function != null && arm == null && arms.matches()) {
            arm = arms.group(1);
            byDevice.computeIfAbsent(arm, k -> new ArrayList<>()).add(function + ": " + code);
          } else if (arm != null && code.equals(";;")) {
            arm = null;
          } else if (arm != null) {
            byDevice.get(arm).add(function + ": " + code);
          } else if (function != null) {
            shared.add(function + ": " + code);
          } else {
            shared.add(code);
          }
        }
      }
      placeLoose();
      var devices = new LinkedHashMap<String, Device>();
      byDevice.forEach(
          (name, own) ->
              devices.put(name, new Device(name, own, needs.getOrDefault(name, List.of()))));
      return new NetifrcConf(devices, shared);
    }

    /**
     * The last line of the assignment that starts at line i: a quoted value may go on over several
     * lines (config_br0="172.16.1.1/24\nfd42:1::1/64", routes_br0), until its closing quote.
     */
    private int lastLine(int i) {
      boolean open = false;
      int at = i;
      while (true) {
        String line = lines.get(at);
        for (int c = 0; c < line.length(); c++) {
          if (line.charAt(c) == '\\') {
            c++;
          } else if (line.charAt(c) == '"') {
            open = !open;
          }
        }
        if (!open || at + 1 >= lines.size()) {
          return at;
        }
        at++;
      }
    }

    private Matcher next(int i) {
      return ASSIGNMENT.matcher(i + 1 < lines.size() ? lines.get(i + 1) : "");
    }

    private void add(String device, String line, String variable, String value) {
      byDevice.get(device).add(line);
      if (NEED.matcher(variable).matches()) {
        var services = SERVICE.matcher(value);
        var list = needs.computeIfAbsent(device, k -> new ArrayList<>());
        while (services.find()) {
          list.add(services.group(1));
        }
      }
    }

    /**
     * Variables outside netgen's blocks: config_X names a device X; each variable goes to the
     * device with the longest name that ends it (or, for rc_net_X_*, sits in it); others are
     * shared.
     */
    private void placeLoose() {
      for (String line : loose) {
        var m = ASSIGNMENT.matcher(line);
        if (m.matches() && m.group(1).startsWith("config_")) {
          byDevice.computeIfAbsent(
              m.group(1).substring("config_".length()), k -> new ArrayList<>());
        }
      }
      for (String line : loose) {
        var m = ASSIGNMENT.matcher(line);
        if (!m.matches()) {
          continue;
        }
        String variable = m.group(1);
        String owner = null;
        for (String device : byDevice.keySet()) {
          String var = Text.forNetifrcVariable(device);
          boolean ends = variable.endsWith("_" + var) || variable.startsWith("rc_net_" + var + "_");
          if (ends && (owner == null || device.length() > owner.length())) {
            owner = device;
          }
        }
        if (owner == null) {
          shared.add(line);
        } else {
          add(owner, line, variable, m.group(2));
        }
      }
    }
  }
}
