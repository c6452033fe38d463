package dev.netgen.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A listening socket as {@code ss -H -l -n -p -t -u} prints it: udp or tcp, the local address
 * ("0.0.0.0", "*", "[::]" for any), the device it is bound to ("" when none), the port, and the
 * processes holding it (seen only for one's own processes unless root).
 */
public record Socket(String protocol, String address, String device, int port, List<Owner> owners) {
  private static final Pattern OWNER = Pattern.compile("\\(\"([^\"]*)\",pid=(\\d+)");

  /** A process holding a socket. */
  public record Owner(String name, long pid) {}

  public static List<Socket> parse(String text) {
    var sockets = new ArrayList<Socket>();
    for (String line : (Iterable<String>) text.lines()::iterator) {
      var f = Words.of(line);
      if (f.size() < 5 || !(f.get(0).equals("udp") || f.get(0).equals("tcp"))) {
        continue;
      }
      String local = f.get(4);
      int colon = local.lastIndexOf(':');
      if (colon < 0) {
        continue;
      }
      int port;
      try {
        port = Integer.parseInt(local.substring(colon + 1));
      } catch (NumberFormatException e) {
        continue;
      }
      String host = local.substring(0, colon);
      String device = "";
      int percent = host.lastIndexOf('%');
      if (percent >= 0) {
        device = host.substring(percent + 1);
        host = host.substring(0, percent);
      }
      var owners = new ArrayList<Owner>();
      Matcher m = OWNER.matcher(line);
      while (m.find()) {
        owners.add(new Owner(m.group(1), Long.parseLong(m.group(2))));
      }
      sockets.add(new Socket(f.get(0), host, device, port, List.copyOf(owners)));
    }
    return sockets;
  }

  /** Bound to every IPv4 address (0.0.0.0, or * / [::] for a dual-stack socket). */
  public boolean anyAddress() {
    return address.equals("0.0.0.0") || address.equals("*") || address.equals("[::]");
  }

  /** Whether this socket receives what is sent to ip on device dev. */
  public boolean serves(String dev, String ip) {
    return (device.isEmpty() || device.equals(dev)) && (anyAddress() || address.equals(ip));
  }
}
