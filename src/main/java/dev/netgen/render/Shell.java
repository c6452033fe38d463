package dev.netgen.render;

import java.util.regex.Pattern;

/**
 * Shell quoting for values that view builders put into POSIX sh files. The model's grammars
 * already keep quotes, spaces and metacharacters out of every value; quoting here is the second
 * wall, and is chosen so that the common case reads as an admin would write it (br0, not 'br0').
 */
public final class Shell {
  /** Characters that mean nothing to sh in an unquoted word: no glob, expansion or separator. */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_.%:/=,+@-]+");

  private Shell() {}

  /** One shell word: bare when plain, else single-quoted ('' for the empty word). */
  public static String word(String text) {
    if (PLAIN.matcher(text).matches()) {
      return text;
    }
    return "'" + text.replace("'", "'\\''") + "'";
  }

  /**
   * A double-quoted value, as netifrc's conf.d/net writes them (config_br0="dhcp"): the characters
   * that stay special inside double quotes are backslash-escaped.
   */
  public static String doubleQuoted(String text) {
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
}
