package dev.netgen.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Every escaping and quoting netgen does, one method per place the text goes. A value that no
 * grammar checked (a file name, a line read from disk, a parser's message) must not forge a line of
 * a terminal, a log, a diff or a generated file; a checked value is quoted once more where a tool
 * reads it (the second wall). The variants differ on purpose (what each destination treats as
 * special); their outputs are fixed by goldens.
 */
public final class Text {
  /** Characters that mean nothing to sh in an unquoted word: no glob, expansion or separator. */
  private static final Pattern SHELL_PLAIN = Pattern.compile("[A-Za-z0-9_.%:/=,+@-]+");

  private static final int MESSAGE_SHOWN = 60;
  private static final int WARNING_SHOWN = 80;

  private Text() {}

  // Messages: diagnostics, warnings and usage errors on stderr, read in a terminal or a log.

  /**
   * A value in a diagnostic or usage message: single-quoted, cut after 60 characters, a quote as
   * \\' and any other control or non-ASCII character as \\uXXXX.
   */
  public static String forMessage(String value) {
    return quoted(value, MESSAGE_SHOWN, c -> c == '\'' ? "\\'" : unicode(c), c -> c != '\'');
  }

  /**
   * Text read from disk (a manifest line, a link's target) in a writer's warning: single-quoted,
   * cut after 80 characters, quote and backslash too as \\uXXXX.
   */
  public static String forWarning(String diskText) {
    return quoted(diskText, WARNING_SHOWN, Text::unicode, c -> c != '\'' && c != '\\');
  }

  /**
   * A name the user chose outside the model (the model's file name), shown as written except for
   * the characters that can change what a terminal or a log shows: controls, line and paragraph
   * separators and bidirectional overrides become \\uXXXX. Other characters, accents included,
   * stay.
   */
  public static String forTerminal(String name) {
    var out = new StringBuilder(name.length());
    name.codePoints()
        .forEach(
            c -> {
              if (hidesText(c)) {
                out.append(unicode(c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }

  /**
   * Foreign free text (a parser's own message) in a diagnostic: non-ASCII and controls as \\uXXXX
   * or \\UXXXXXXXX.
   */
  public static String forMessageText(String text) {
    return codePoints(text, Text::printableAscii);
  }

  // Generated files.

  /**
   * Text in a comment line of a generated file (the model's path in the header): only printable
   * ASCII other than backslash stays, anything else is \\uXXXX or \\UXXXXXXXX, so no line can end
   * early.
   */
  public static String forFileComment(String text) {
    return codePoints(text, c -> printableAscii(c) && c != '\\');
  }

  /**
   * One POSIX sh word: bare when plain (br0, not 'br0'), else single-quoted ('' for the empty
   * word).
   */
  public static String forShellWord(String text) {
    if (SHELL_PLAIN.matcher(text).matches()) {
      return text;
    }
    return "'" + text.replace("'", "'\\''") + "'";
  }

  /**
   * An nft quoted string ("br0"), as netgen.nft names interfaces. nft has no escape inside quotes,
   * so anything but printable ASCII without '"' and '\\' is refused: the loader's grammars never
   * let such a name through, and a bug must not become a rule.
   */
  public static String forNftString(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x21 || c > 0x7e || c == '"' || c == '\\') {
        throw new IllegalArgumentException("not an nft string: " + forMessage(text));
      }
    }
    return '"' + text + '"';
  }

  /**
   * Whether text can be part of an nft identifier (a chain name) as it stands: nft's scanner takes
   * letters, digits and _ . / - after a leading letter, and no quoting.
   */
  public static boolean nftIdentifierPart(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '_'
              || c == '.'
              || c == '-';
      if (!ok) {
        return false;
      }
    }
    return !text.isEmpty();
  }

  /**
   * A double-quoted value, as netifrc's conf.d/net writes them (config_br0="dhcp"): the characters
   * that stay special inside sh double quotes are backslash-escaped.
   */
  public static String forNetifrcValue(String text) {
    var out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\' || c == '$' || c == '`') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.append('"').toString();
  }

  /**
   * A device name as part of a netifrc variable name, as OpenRC's shell_var() makes it: every byte
   * outside [A-Za-z0-9] becomes '_' (eth0.10 -> eth0_10).
   */
  public static String forNetifrcVariable(String name) {
    var out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      out.append(alnum ? c : '_');
    }
    return out.toString();
  }

  // Pictures (netgen graph).

  /**
   * Text inside a double-quoted Graphviz string (a label): quote and backslash backslash-escaped,
   * since dot reads escapes such as \\n and \\N in a label, and what would hide or forge text
   * (controls, line separators, direction overrides) shown as \\uXXXX. The string cannot end early
   * and no escape of dot's own is formed.
   */
  public static String forDotString(String text) {
    var out = new StringBuilder(text.length());
    forTerminal(text)
        .codePoints()
        .forEach(
            c -> {
              if (c == '"' || c == '\\') {
                out.append('\\');
              }
              out.appendCodePoint(c);
            });
    return out.toString();
  }

  /**
   * Text inside a double-quoted Mermaid label: letters, digits, space and . , : / _ - ( ) stay,
   * every other character becomes Mermaid's entity code #NNN; (decimal), which it shows as that
   * character. No quote, bracket, pipe, markup or line break of the text reaches the parser.
   */
  public static String forMermaidLabel(String text) {
    var out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              boolean plain =
                  (c >= 'a' && c <= 'z')
                      || (c >= 'A' && c <= 'Z')
                      || (c >= '0' && c <= '9')
                      || " .,:/_-()".indexOf(c) >= 0;
              if (plain) {
                out.append((char) c);
              } else {
                out.append('#').append(c).append(';');
              }
            });
    return out.toString();
  }

  // Reports for machines and for diff.

  /**
   * A file name as a relative URI reference (SARIF's artifactLocation): spaces and the like
   * percent-encoded.
   */
  public static String forUriReference(String file) {
    try {
      return new URI(null, null, file.replace('\\', '/'), null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(file, e);
    }
  }

  /**
   * Text read from disk (a link's target) on a line of diff output: controls, DEL and backslash as
   * \\xNN, so a target holding a newline and "+++ ..." cannot forge lines of the diff.
   */
  public static String forDiff(String diskText) {
    var out = new StringBuilder(diskText.length());
    for (int i = 0; i < diskText.length(); i++) {
      char c = diskText.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\\') {
        out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** 'text', at most shown UTF-16 units of it then "...", each unit plain or replaced. */
  private static String quoted(
      String text, int shown, CharEscape escape, IntPredicate plainOtherwise) {
    var out = new StringBuilder("'");
    int end = Math.min(text.length(), shown);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (printableAscii(c) && plainOtherwise.test(c)) {
        out.append(c);
      } else {
        out.append(escape.of(c));
      }
    }
    return out.append(text.length() > shown ? "...'" : "'").toString();
  }

  /** The text with every code point that is not plain as \\uXXXX, or \\UXXXXXXXX beyond the BMP. */
  private static String codePoints(String text, IntPredicate plain) {
    var out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (plain.test(c)) {
                out.append((char) c);
              } else if (c <= 0xffff) {
                out.append(unicode(c));
              } else {
                out.append(String.format(Locale.ROOT, "\\U%08x", c));
              }
            });
    return out.toString();
  }

  private static boolean printableAscii(int c) {
    return c >= 0x20 && c < 0x7f;
  }

  /** Controls, C1 controls, line and paragraph separators, bidirectional marks and overrides. */
  private static boolean hidesText(int c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || c == 0x061c
        || c == 0x200e
        || c == 0x200f
        || (c >= 0x2028 && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069);
  }

  private static String unicode(int c) {
    return String.format(Locale.ROOT, "\\u%04x", c);
  }

  @FunctionalInterface
  private interface CharEscape {
    String of(char c);
  }
}
