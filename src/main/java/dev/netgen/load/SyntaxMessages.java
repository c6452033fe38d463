package dev.netgen.load;

import dev.netgen.text.Text;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** SnakeYAML's parser messages, reworded for someone who writes models, with a hint each. */
final class SyntaxMessages {
  private SyntaxMessages() {}

  static String message(RuntimeException e) {
    String raw = raw(e);
    if (e instanceof IllegalArgumentException && raw.startsWith("Tag ")) {
      return "invalid YAML tag";
    }
    if (raw.startsWith("Global tag is not allowed: ")) {
      String tag =
          raw.substring("Global tag is not allowed: ".length()).replace("tag:yaml.org,2002:", "!!");
      return "YAML tag " + Text.forMessage(tag) + " is not allowed";
    }
    if (raw.contains("\\t") || raw.contains("TAB")) {
      return "tab character in the model, where YAML allows only spaces";
    }
    if (raw.startsWith("Number of aliases")) {
      return "too many aliases to maps and lists (an alias bomb?)";
    }
    if (raw.startsWith("Nesting Depth exceeded")) {
      return "the model nests deeper than netgen allows";
    }
    if (raw.contains("exceeds the limit")) {
      return "the model is larger than netgen allows";
    }
    if (raw.contains("special characters are not allowed")) {
      return "control character in the model";
    }
    if (raw.startsWith("found undefined alias")) {
      return "alias to an anchor that is not defined";
    }
    if (raw.contains("another document")) {
      return "more than one YAML document in the model";
    }
    if (raw.startsWith("Recursive key") || raw.contains("recursive")) {
      return "recursive alias";
    }
    return "YAML syntax error: " + raw;
  }

  static String hint(RuntimeException e) {
    String raw = raw(e);
    if (raw.startsWith("Global tag is not allowed")
        || (e instanceof IllegalArgumentException && raw.startsWith("Tag "))) {
      return NodeReader.TAG_HINT;
    }
    if (raw.contains("\\t") || raw.contains("TAB")) {
      return "indent with spaces; replace each tab";
    }
    if (raw.startsWith("Number of aliases")) {
      return "write the values out; netgen follows at most "
          + Limits.DEFAULT.maxAliases()
          + " aliases to maps and lists";
    }
    if (raw.startsWith("Nesting Depth exceeded")) {
      return "a netgen model is at most 6 levels deep; check the indentation";
    }
    if (raw.contains("special characters are not allowed")) {
      return "remove the invisible character (a NUL or other control byte) from this line";
    }
    if (raw.startsWith("found undefined alias")) {
      return "define the anchor (&name) before the alias (*name) that uses it";
    }
    if (raw.contains("another document")) {
      return "remove the second '---' and merge the documents into one model";
    }
    if (raw.startsWith("found incompatible YAML document")) {
      return "remove the %YAML line: a netgen model is plain YAML 1.1 without directives";
    }
    if (raw.contains("mapping values are not allowed")) {
      return "check the indentation; quote a value that contains ': '";
    }
    return "check the indentation and the quoting on this line";
  }

  /**
   * SnakeYAML's own wording, on one line and printable: its messages quote the character they
   * stumbled on (a NUL, an escape sequence, a right-to-left override), which must not reach a
   * terminal or a log raw.
   */
  private static String raw(RuntimeException e) {
    String text =
        e instanceof MarkedYAMLException m && m.getProblem() != null
            ? m.getProblem()
            : e.getMessage();
    if (text == null) {
      return "unreadable YAML";
    }
    // SnakeYAML's reader ends the stream with a NUL (a real NUL is refused before parsing).
    String oneLine =
        text.replaceAll("[ \\t\\n\\r]+", " ").trim().replace("\0", "the end of the model");
    return Text.forMessageText(oneLine);
  }
}
