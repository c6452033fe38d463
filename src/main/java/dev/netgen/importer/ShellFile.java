package dev.netgen.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the part of POSIX sh that netifrc's conf.d/net is written in, without running any of it:
 * NAME="..." / NAME='...' / NAME=word assignments, NAME=( ... ) arrays, comments, line
 * continuations, and NAME() { ... } functions kept as text. Anything that would need the shell to
 * decide its value — $X, ${X}, $(...), backticks, a here-document, a command, an unbalanced quote —
 * is a {@link Leftover} with the reason, never evaluated. One pass over the text: linear in its
 * length, no recursion.
 */
final class ShellFile {
  /** NAME=value; {@code words} holds one word, or an array's elements. */
  record Assignment(String name, List<String> words, boolean array, Origin at) {
    String value() {
      return String.join("\n", words);
    }
  }

  /** A line of a function body. */
  record BodyLine(String text, Origin at) {}

  record Function(String name, List<BodyLine> body, Origin at) {}

  final List<Assignment> assignments = new ArrayList<>();
  final List<Function> functions = new ArrayList<>();
  final List<Leftover> leftovers = new ArrayList<>();

  private final String file;
  private final String text;
  private int pos;
  private int line = 1;

  private ShellFile(String file, String text) {
    this.file = file;
    this.text = text;
  }

  static ShellFile parse(String file, List<String> lines) {
    var shell = new ShellFile(file, String.join("\n", lines));
    shell.statements();
    return shell;
  }

  /** A value that cannot be read without running sh. */
  private static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;
    final boolean fatal;

    Unreadable(String message, boolean fatal) {
      super(message, null, false, false);
      this.fatal = fatal;
    }
  }

  private void statements() {
    while (true) {
      skipBlanks();
      if (pos >= text.length()) {
        return;
      }
      int start = pos;
      var at = new Origin(file, line);
      String name = name();
      try {
        if (!name.isEmpty() && peek() == '=') {
          pos++;
          assignment(name, at);
        } else if (!name.isEmpty() && functionStart()) {
          function(name, at);
        } else {
          pos = start;
          command(at);
        }
      } catch (Unreadable e) {
        leftovers.add(new Leftover(at, e.getMessage()));
        if (e.fatal) {
          return;
        }
        restOfLine();
      }
    }
  }

  private void assignment(String name, Origin at) throws Unreadable {
    var words = new ArrayList<String>();
    boolean array = peek() == '(';
    if (array) {
      pos++;
      while (true) {
        skipBlanks();
        if (pos >= text.length()) {
          throw new Unreadable(name + "=( has no closing ')'", true);
        }
        if (peek() == ')') {
          pos++;
          break;
        }
        words.add(word(name));
      }
    } else {
      words.add(word(name));
    }
    endOfStatement(name);
    assignments.add(new Assignment(name, words, array, at));
  }

  /** After a value only blanks, a comment or ';' may follow on the line: "A=b cmd" runs cmd. */
  private void endOfStatement(String name) throws Unreadable {
    while (pos < text.length() && (peek() == ' ' || peek() == '\t')) {
      pos++;
    }
    if (pos < text.length() && peek() != '\n' && peek() != '#' && peek() != ';') {
      throw new Unreadable(
          name + "= is followed by a command on the same line; commands are never run", false);
    }
  }

  /** One sh word made of quoted and unquoted pieces, without expansions. */
  private String word(String name) throws Unreadable {
    var out = new StringBuilder();
    while (pos < text.length()) {
      char c = peek();
      if (c == ' ' || c == '\t' || c == '\n' || c == ';' || c == ')') {
        break;
      }
      pos++;
      switch (c) {
        case '\'' -> singleQuoted(out, name);
        case '"' -> doubleQuoted(out, name);
        case '\\' -> {
          if (pos < text.length()) {
            char next = text.charAt(pos++);
            if (next == '\n') {
              line++;
            } else {
              out.append(next);
            }
          }
        }
        case '$', '`' -> throw expansion(name, c);
        case '(', '<', '>', '|', '&' ->
            throw new Unreadable(
                name + "= holds '" + c + "' outside quotes: a shell construct, never run", false);
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private void singleQuoted(StringBuilder out, String name) throws Unreadable {
    int end = text.indexOf('\'', pos);
    if (end < 0) {
      throw new Unreadable(
          name
              + "= opens a ' quote that is never closed: sh reads the rest of the file as its value",
          true);
    }
    String piece = text.substring(pos, end);
    line += count(piece);
    out.append(piece);
    pos = end + 1;
  }

  private void doubleQuoted(StringBuilder out, String name) throws Unreadable {
    Unreadable expansion = null;
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '"') {
        if (expansion != null) {
          throw expansion;
        }
        return;
      }
      if (c == '\n') {
        line++;
      }
      if (c == '\\' && pos < text.length() && "$`\"\\\n".indexOf(text.charAt(pos)) >= 0) {
        char next = text.charAt(pos++);
        if (next == '\n') {
          line++;
        } else {
          out.append(next);
        }
      } else if ((c == '$' || c == '`') && expansion == null) {
        expansion = expansion(name, c);
      } else {
        out.append(c);
      }
    }
    throw new Unreadable(
        name
            + "= opens a \" quote that is never closed: sh reads the rest of the file as its value",
        true);
  }

  private static Unreadable expansion(String name, char c) {
    String what = c == '`' ? "a command substitution (`...`)" : "an expansion ($...)";
    return new Unreadable(
        name + "= holds " + what + ": import never runs or expands the file", false);
  }

  private boolean functionStart() {
    int p = pos;
    while (p < text.length() && text.charAt(p) == ' ') {
      p++;
    }
    if (!text.startsWith("()", p)) {
      return false;
    }
    p += 2;
    int newlines = 0;
    while (p < text.length()
        && (text.charAt(p) == ' ' || text.charAt(p) == '\t' || text.charAt(p) == '\n')) {
      if (text.charAt(p) == '\n') {
        newlines++;
      }
      p++;
    }
    if (p >= text.length() || text.charAt(p) != '{') {
      return false;
    }
    line += newlines;
    pos = p + 1;
    return true;
  }

  /** The body up to the '}' that closes the function, by counting braces line by line. */
  private void function(String name, Origin at) throws Unreadable {
    var body = new ArrayList<BodyLine>();
    int depth = 1;
    restOfLine();
    while (pos < text.length()) {
      var lineAt = new Origin(file, line);
      String l = restOfLine();
      for (int i = 0; i < l.length(); i++) {
        if (l.charAt(i) == '{') {
          depth++;
        } else if (l.charAt(i) == '}') {
          depth--;
        }
      }
      if (depth <= 0) {
        functions.add(new Function(name, body, at));
        return;
      }
      body.add(new BodyLine(l, lineAt));
    }
    throw new Unreadable(name + "() has no closing '}'", true);
  }

  /** A command line (and its here-document, if it has one): reported, never run. */
  private void command(Origin at) {
    String l = restOfLine();
    while (l.endsWith("\\") && pos < text.length()) {
      l = l.substring(0, l.length() - 1) + restOfLine();
    }
    String shown = l.strip();
    if (shown.length() > 40) {
      shown = shown.substring(0, 40) + "...";
    }
    int heredoc = l.indexOf("<<");
    if (heredoc >= 0) {
      String delimiter =
          l.substring(heredoc + 2)
              .replaceFirst("^-", "")
              .strip()
              .replaceAll("^['\"]|['\"]?(\\s.*)?$", "");
      boolean closed = false;
      while (pos < text.length()) {
        if (restOfLine().strip().equals(delimiter) && !delimiter.isEmpty()) {
          closed = true;
          break;
        }
      }
      leftovers.add(
          new Leftover(
              at,
              "a here-document"
                  + (closed ? "" : " that never ends")
                  + " ("
                  + shown
                  + "): commands are never run"));
      return;
    }
    leftovers.add(new Leftover(at, "a shell command (" + shown + "): import never runs the file"));
  }

  private String name() {
    int start = pos;
    while (pos < text.length()) {
      char c = peek();
      boolean ok =
          c == '_'
              || (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (pos > start && c >= '0' && c <= '9');
      if (!ok) {
        break;
      }
      pos++;
    }
    return text.substring(start, pos);
  }

  private void skipBlanks() {
    while (pos < text.length()) {
      char c = peek();
      if (c == '\n') {
        line++;
        pos++;
      } else if (c == ' ' || c == '\t' || c == ';' || c == '\r') {
        pos++;
      } else if (c == '\\' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
        pos += 2;
        line++;
      } else if (c == '#') {
        while (pos < text.length() && peek() != '\n') {
          pos++;
        }
      } else {
        return;
      }
    }
  }

  /** The rest of the current line, consuming its newline. */
  private String restOfLine() {
    int end = text.indexOf('\n', pos);
    if (end < 0) {
      end = text.length();
    }
    String l = text.substring(pos, end);
    pos = Math.min(end + 1, text.length());
    if (end < text.length()) {
      line++;
    }
    return l;
  }

  private char peek() {
    return text.charAt(pos);
  }

  private static int count(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }
}
