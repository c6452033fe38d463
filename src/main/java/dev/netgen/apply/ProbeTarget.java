package dev.netgen.apply;

import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import dev.netgen.text.Text;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * What a {@code --probe} asks to answer within the confirm window: a host that answers a ping
 * ({@code 192.0.2.10}, {@code admin.example}, {@code fd00::10}), or a TCP port that accepts a
 * connection ({@code 192.0.2.10:22}, {@code [fd00::10]:22}). The value reaches ping as an argument,
 * so it must first be an IPv4 address, an IPv6 address or a host name, and never start with '-'.
 */
public sealed interface ProbeTarget permits ProbeTarget.Icmp, ProbeTarget.Tcp {

  /** The host as ping and connect take it (an IPv6 address without brackets). */
  String host();

  /** The value as the user wrote it, for messages and the state file. */
  String text();

  /** Answers a ping. */
  record Icmp(String host) implements ProbeTarget {
    @Override
    public String text() {
      return host;
    }
  }

  /** Accepts a TCP connection on port. */
  record Tcp(String host, int port) implements ProbeTarget {
    @Override
    public String text() {
      return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
  }

  Pattern IPV4 =
      Pattern.compile(
          "((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}"
              + "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");
  Pattern NAME =
      Pattern.compile(
          "(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
              + "(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");
  Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
  Pattern PORT = Pattern.compile("[1-9][0-9]{0,4}");

  /** Reads one --probe value; exit 2 (bad usage) for anything outside the grammar. */
  static ProbeTarget parse(String text) {
    if (text.startsWith("[")) {
      int close = text.indexOf("]:");
      if (close < 0) {
        throw refused(text);
      }
      return new Tcp(ipv6(text.substring(1, close), text), port(text.substring(close + 2), text));
    }
    int colons = text.length() - text.replace(":", "").length();
    if (colons > 1) {
      return new Icmp(ipv6(text, text));
    }
    if (colons == 1) {
      int at = text.indexOf(':');
      return new Tcp(host(text.substring(0, at), text), port(text.substring(at + 1), text));
    }
    return new Icmp(host(text, text));
  }

  private static String host(String host, String text) {
    boolean numericEnd = host.matches("(.*\\.)?[0-9]+"); // 256.1.1.1 is no name
    if (IPV4.matcher(host).matches() || (NAME.matcher(host).matches() && !numericEnd)) {
      return host;
    }
    throw refused(text);
  }

  /**
   * An IPv6 address: its characters first, then Java's own literal parser, which (given brackets)
   * never asks a resolver.
   */
  private static String ipv6(String host, String text) {
    if (!IPV6_CHARACTERS.matcher(host).matches()) {
      throw refused(text);
    }
    try {
      InetAddress.getByName("[" + host + "]");
      return host;
    } catch (UnknownHostException e) {
      throw refused(text);
    }
  }

  private static int port(String port, String text) {
    if (PORT.matcher(port).matches()) {
      int value = Integer.parseInt(port);
      if (value <= 65535) {
        return value;
      }
    }
    throw refused(text);
  }

  private static NetgenException refused(String text) {
    return new NetgenException(
        ExitCode.FAILURE,
        "--probe: "
            + Text.forMessage(text)
            + " is not HOST or HOST:PORT (an IPv4 address, a host name, an IPv6 address,"
            + " [IPv6]:PORT)");
  }
}
