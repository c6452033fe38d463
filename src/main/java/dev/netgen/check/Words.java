package dev.netgen.check;

import java.util.ArrayList;
import java.util.List;

/** A listing line's words: the runs of characters between blanks (spaces and tabs), none empty. */
final class Words {
  private Words() {}

  static List<String> of(String line) {
    var words = new ArrayList<String>();
    int start = -1;
    for (int i = 0; i <= line.length(); i++) {
      boolean blank = i == line.length() || line.charAt(i) == ' ' || line.charAt(i) == '\t';
      if (blank && start >= 0) {
        words.add(line.substring(start, i));
        start = -1;
      } else if (!blank && start < 0) {
        start = i;
      }
    }
    return words;
  }
}
