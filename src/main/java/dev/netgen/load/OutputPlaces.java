package dev.netgen.load;

import dev.netgen.model.Located;
import dev.netgen.model.OutputKey;
import dev.netgen.model.OutputPath;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The places the model's `outputs:` give the files. Two outputs may not share a path: one file
 * would silently replace the other. (The paths later stages keep for themselves are refused by the
 * loader once the model is read: see ModelLoader.)
 */
final class OutputPlaces {
  private OutputPlaces() {}

  /** The outputs that keep a place of their own, checked in the order the model wrote them. */
  static Map<OutputKey, Located<OutputPath>> check(
      Values v, List<Key<Optional<Located<OutputPath>>>> keys) {
    var result = new EnumMap<OutputKey, Located<OutputPath>>(OutputKey.class);
    var taken = new HashMap<OutputPath, String>();
    for (String name : v.written()) {
      OutputKey output = OutputKey.valueOf(name.toUpperCase(Locale.ROOT));
      v.get(keys.stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow())
          .filter(path -> ownPlace(v, name, path, taken))
          .ifPresent(path -> result.put(output, path));
    }
    return result;
  }

  private static boolean ownPlace(
      Values v, String key, Located<OutputPath> path, Map<OutputPath, String> taken) {
    String first =
        taken.putIfAbsent(path.value(), "outputs." + key + " (line " + path.at().line() + ")");
    if (first != null) {
      v.error(
          path.at(),
          "outputs." + key + ": " + path.value().absolute() + " is already the path of " + first,
          "give each output its own path");
      return false;
    }
    return true;
  }
}
