package dev.netgen.lint;

import java.util.Map;

/**
 * One kind of finding a rule reports, as ESLint's messageId: the text of the finding and the hint
 * that says how to fix it, each with {{name}} placeholders that the finding's data fills. Tests
 * assert the id, the place and the data; the words live here once.
 */
public record Message(String id, String text, String hint) {
  /** The template with every {{name}} replaced by the data's value for name. */
  static String format(String template, Map<String, ?> data) {
    var out = new StringBuilder(template.length() + 32);
    int from = 0;
    for (int open = template.indexOf("{{"); open >= 0; open = template.indexOf("{{", from)) {
      int close = template.indexOf("}}", open);
      String name = template.substring(open + 2, close);
      Object value = data.get(name);
      if (value == null) {
        throw new IllegalArgumentException("no data for {{" + name + "}} in \"" + template + "\"");
      }
      out.append(template, from, open).append(value);
      from = close + 2;
    }
    return out.append(template, from, template.length()).toString();
  }
}
