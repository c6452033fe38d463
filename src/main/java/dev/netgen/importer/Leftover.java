package dev.netgen.importer;

import dev.netgen.text.Text;

/**
 * Something read that the model cannot express, with the reason; import lists these and exits 1.
 */
public record Leftover(Origin at, String reason) {
  /**
   * As stderr and the model's top comment show it: FILE:LINE: not imported: REASON, on one line.
   */
  public String line() {
    return Text.forFileComment(at + ": not imported: " + reason);
  }
}
