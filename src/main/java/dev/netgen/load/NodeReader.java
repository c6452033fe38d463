package dev.netgen.load;

import dev.netgen.diag.Diagnostic;
import dev.netgen.diag.Suggest;
import dev.netgen.model.InvalidValueException;
import dev.netgen.model.Located;
import dev.netgen.model.Position;
import dev.netgen.text.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed reads from the node tree. Every problem becomes a diagnostic at the node concerned and
 * reading goes on, so one run reports every mistake; callers get empty results for bad values.
 */
final class NodeReader {
  /** Parses a scalar's text into a value type; the value types own their grammar. */
  @FunctionalInterface
  interface Grammar<T> {
    T parse(String text) throws InvalidValueException;
  }

  /** A key of a map and the value node under it. */
  record Entry(String key, ScalarNode keyNode, Node value) {}

  static final String TAG_HINT =
      "remove the tag: a netgen model holds plain values, lists and maps only";

  private final String file;
  private final Limits limits;
  private final List<Diagnostic> errors = new ArrayList<>();
  private int visits;

  NodeReader(String file, Limits limits) {
    this.file = file;
    this.limits = limits;
  }

  List<Diagnostic> errors() {
    return errors;
  }

  String file() {
    return file;
  }

  Position at(Node node) {
    visits++;
    if (visits > limits.maxNodeVisits()) {
      throw YamlDocument.fail(
          at0(node),
          "the model expands to too many values through aliases",
          "write the values out instead of aliasing them");
    }
    return at0(node);
  }

  private Position at0(Node node) {
    return YamlDocument.at(file, node.getStartMark());
  }

  void error(Node node, String message, String hint) {
    error(at(node), message, hint);
  }

  void error(Position at, String message, String hint) {
    errors.add(Diagnostic.loadError(at, message, hint));
  }

  /**
   * The entries of a map node, in order, with duplicate and unknown keys reported. An empty plain
   * scalar (a key with nothing after it) reads as an empty map.
   */
  Optional<Map<String, Entry>> map(Node node, String what, List<String> allowed) {
    return entries(node, what).map(all -> checkKeys(all, what, allowed));
  }

  /** The entries of a map whose keys are names chosen by the user (interfaces, bridges, ...). */
  Optional<List<Entry>> namedMap(Node node, String what) {
    return entries(node, what)
        .map(
            all -> {
              var seen = new HashMap<String, Entry>(all.size() * 2);
              var kept = new ArrayList<Entry>(all.size());
              for (Entry entry : all) {
                Entry first = seen.putIfAbsent(entry.key(), entry);
                if (first != null) {
                  duplicate(entry, first, what);
                } else {
                  kept.add(entry);
                }
              }
              return kept;
            });
  }

  private Optional<List<Entry>> entries(Node node, String what) {
    // The tag first: a tagged node is refused for its tag whatever its shape, even when empty.
    if (!checkTag(node)) {
      return Optional.empty();
    }
    if (isEmpty(node)) {
      return Optional.of(List.of());
    }
    if (!(node instanceof MappingNode mapping)) {
      typeError(node, what, "a map");
      return Optional.empty();
    }
    var result = new ArrayList<Entry>(mapping.getValue().size());
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (!checkTag(keyNode)) {
        continue;
      }
      if (!(keyNode instanceof ScalarNode scalarKey) || scalarKey.getValue().isEmpty()) {
        error(
            keyNode,
            "a key in " + what + " must be a plain name",
            "write `name: value` with a simple name before the colon");
        continue;
      }
      result.add(new Entry(scalarKey.getValue(), scalarKey, tuple.getValueNode()));
    }
    return Optional.of(result);
  }

  private Map<String, Entry> checkKeys(List<Entry> all, String what, List<String> allowed) {
    var result = new LinkedHashMap<String, Entry>();
    for (Entry entry : all) {
      if (!allowed.contains(entry.key())) {
        String hint =
            Suggest.closest(entry.key(), allowed).map(s -> "did you mean '" + s + "'? ").orElse("")
                + "allowed here: "
                + String.join(", ", allowed);
        errors.add(
            Diagnostic.loadError(
                at(entry.keyNode()),
                "unknown key " + Text.forMessage(entry.key()) + " in " + what,
                hint));
        continue;
      }
      Entry first = result.putIfAbsent(entry.key(), entry);
      if (first != null) {
        duplicate(entry, first, what);
      }
    }
    return result;
  }

  private void duplicate(Entry second, Entry first, String what) {
    errors.add(
        Diagnostic.loadError(
            at(second.keyNode()),
            "duplicate key "
                + Text.forMessage(second.key())
                + " in "
                + what
                + " (first at line "
                + at(first.keyNode()).line()
                + ")",
            "YAML keeps only one of them; remove or rename one"));
  }

  /** The items of a list node; an empty plain scalar reads as an empty list. */
  Optional<List<Node>> list(Node node, String what) {
    if (!checkTag(node)) {
      return Optional.empty();
    }
    if (isEmpty(node)) {
      return Optional.of(List.of());
    }
    if (!(node instanceof SequenceNode sequence)) {
      typeError(node, what, "a list");
      return Optional.empty();
    }
    return Optional.of(sequence.getValue());
  }

  /** The text of a scalar, or empty (with an error) for a map, a list or nothing. */
  Optional<Located<String>> text(Node node, String what) {
    if (!checkTag(node)) {
      return Optional.empty();
    }
    if (!(node instanceof ScalarNode scalar)) {
      typeError(node, what, "a single value");
      return Optional.empty();
    }
    if (isEmpty(node)) {
      error(node, what + " has no value", "write a value after the colon, or remove the key");
      return Optional.empty();
    }
    return Optional.of(new Located<>(scalar.getValue(), at(node)));
  }

  /** A scalar parsed by a value type's grammar. */
  <T> Optional<Located<T>> value(Node node, String what, Grammar<T> grammar) {
    return text(node, what)
        .flatMap(
            text -> {
              try {
                return Optional.of(new Located<>(grammar.parse(text.value()), text.at()));
              } catch (InvalidValueException e) {
                errors.add(Diagnostic.loadError(text.at(), what + ": " + e.getMessage(), e.hint()));
                return Optional.empty();
              }
            });
  }

  /** true or false, written plainly: YAML 1.1's yes/no/on/off are not booleans here. */
  Optional<Located<Boolean>> bool(Node node, String what) {
    return text(node, what)
        .flatMap(
            text -> {
              boolean plain =
                  ((ScalarNode) node).getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
              if (plain && (text.value().equals("true") || text.value().equals("false"))) {
                return Optional.of(new Located<>(text.value().equals("true"), text.at()));
              }
              errors.add(
                  Diagnostic.loadError(
                      text.at(),
                      what + ": expected true or false, got " + Text.forMessage(text.value()),
                      "write true or false, unquoted (yes, no, on and off are not booleans in a netgen model)"));
              return Optional.empty();
            });
  }

  /** Only the standard str, seq and map tags are allowed: no custom or Java-class tags. */
  private boolean checkTag(Node node) {
    Tag tag = node.getTag();
    if (tag.equals(Tag.STR) || tag.equals(Tag.SEQ) || tag.equals(Tag.MAP)) {
      return true;
    }
    error(
        node,
        "YAML tag " + Text.forMessage(tag.getValue().replace(Tag.PREFIX, "!!")) + " is not allowed",
        TAG_HINT);
    return false;
  }

  private void typeError(Node node, String what, String expected) {
    error(node, what + ": expected " + expected + ", got " + describe(node), hintFor(expected));
  }

  private static String hintFor(String expected) {
    return switch (expected) {
      case "a map" -> "indent `key: value` lines under this key";
      case "a list" -> "write a list in brackets, e.g. [a, b], or as indented `- item` lines";
      default -> "write one value after the colon";
    };
  }

  private static String describe(Node node) {
    if (node instanceof MappingNode) {
      return "a map";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    String value = ((ScalarNode) node).getValue();
    return value.isEmpty() ? "nothing" : "the value " + Text.forMessage(value);
  }

  static boolean isEmpty(Node node) {
    return node instanceof ScalarNode scalar
        && scalar.getValue().isEmpty()
        && scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
  }
}
