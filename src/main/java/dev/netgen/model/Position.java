package dev.netgen.model;

import dev.netgen.text.Text;

/** Where a value was written: the file as the user named it, 1-based line and column. */
public record Position(String file, int line, int column) implements Comparable<Position> {

  /** For values that were not written in the model (defaults). */
  public static Position none(String file) {
    return new Position(file, 0, 0);
  }

  public boolean known() {
    return line > 0;
  }

  @Override
  public int compareTo(Position other) {
    int byLine = Integer.compare(line, other.line);
    return byLine != 0 ? byLine : Integer.compare(column, other.column);
  }

  @Override
  public String toString() {
    String shown = Text.forTerminal(file);
    return known() ? shown + ":" + line + ":" + column : shown;
  }
}
