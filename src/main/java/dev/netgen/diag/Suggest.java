package dev.netgen.diag;

import java.util.Collection;
import java.util.Optional;

/** Did-you-mean: the closest allowed word within a small edit distance. */
public final class Suggest {
  private Suggest() {}

  public static Optional<String> closest(String typed, Collection<String> allowed) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : allowed) {
      int d = distance(typed.toLowerCase(java.util.Locale.ROOT), candidate);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    int tolerance = Math.max(1, Math.min(3, typed.length() / 3));
    return bestDistance <= tolerance ? Optional.of(best) : Optional.empty();
  }

  /**
   * "did you mean 'x'? " for the closest allowed word, or "" when none is close: a hint's start.
   */
  public static String didYouMean(String typed, Collection<String> allowed) {
    return closest(typed, allowed).map(s -> "did you mean '" + s + "'? ").orElse("");
  }

  /** Optimal string alignment distance: Levenshtein plus adjacent transpositions. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
