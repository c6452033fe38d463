package dev.netgen.load;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Keys as paths through the model, for tests that hold a document to the key tables:
 * `bridges.*.dhcp_server.range` (a map kept by name is `*`), `guests.*.nics[].tap` (a list of maps
 * is `[]`).
 */
public final class KeyPaths {
  private KeyPaths() {}

  /** Every key the loader knows, in the tables' order. */
  public static List<String> known() {
    var paths = new ArrayList<String>();
    known(Keys.MODEL, "", paths);
    return paths;
  }

  private static void known(Table<?> table, String prefix, List<String> paths) {
    for (Key<?> key : table.keys()) {
      String path = prefix + key.name();
      paths.add(path);
      key.kind().table().ifPresent(below -> known(below, path + step(key.kind()), paths));
    }
  }

  /**
   * The keys a YAML document writes, walked by the tables: a key the tables do not know is listed
   * too, but not walked into.
   */
  public static Set<String> written(String yaml) {
    var paths = new LinkedHashSet<String>();
    written(Keys.MODEL, new Yaml().compose(new StringReader(yaml)), "", paths);
    return paths;
  }

  private static void written(Table<?> table, Node node, String prefix, Set<String> paths) {
    if (!(node instanceof MappingNode map)) {
      return;
    }
    for (NodeTuple tuple : map.getValue()) {
      String name = ((ScalarNode) tuple.getKeyNode()).getValue();
      paths.add(prefix + name);
      table.keys().stream()
          .filter(key -> key.name().equals(name))
          .findFirst()
          .ifPresent(key -> below(key.kind(), tuple.getValueNode(), prefix + name, paths));
    }
  }

  private static void below(Kind<?> kind, Node value, String path, Set<String> paths) {
    kind.table()
        .ifPresent(
            table -> {
              String prefix = path + step(kind);
              if (kind instanceof Kind.Named<?, ?> && value instanceof MappingNode named) {
                named
                    .getValue()
                    .forEach(element -> written(table, element.getValueNode(), prefix, paths));
              } else if (kind instanceof Kind.ListOfMaps<?>
                  && value instanceof SequenceNode items) {
                items.getValue().forEach(item -> written(table, item, prefix, paths));
              } else {
                written(table, value, prefix, paths);
              }
            });
  }

  private static String step(Kind<?> kind) {
    if (kind instanceof Kind.Named<?, ?>) {
      return ".*.";
    }
    return kind instanceof Kind.ListOfMaps<?> ? "[]." : ".";
  }
}
