package dev.netgen.load;

/**
 * One key of a map of the model: its name, the grammar of its value ({@link Kind}), how messages
 * name the value, whether it must be present, and what the JSON Schema says of it.
 *
 * @param label how messages name the value; {@code ofOwner} appends the map holding it ("ports of
 *     bridge 'br0'")
 * @param byDefault what an absent key means, as the schema states it (null: nothing to state)
 */
record Key<T>(
    String name,
    Kind<T> kind,
    String label,
    boolean ofOwner,
    boolean required,
    String description,
    Object byDefault) {

  static <T> Key<T> of(String name, Kind<T> kind) {
    return new Key<>(name, kind, name, false, false, null, null);
  }

  /** Named in messages by this text rather than by the key. */
  Key<T> labelled(String text) {
    return new Key<>(name, kind, text, ofOwner, required, description, byDefault);
  }

  /** Named in messages by the key and the map holding it: "nat of bridge 'br0'". */
  Key<T> ofItsOwner() {
    return new Key<>(name, kind, label, true, required, description, byDefault);
  }

  Key<T> mandatory() {
    return new Key<>(name, kind, label, ofOwner, true, description, byDefault);
  }

  Key<T> about(String text) {
    return new Key<>(name, kind, label, ofOwner, required, text, byDefault);
  }

  Key<T> defaulting(Object value) {
    return new Key<>(name, kind, label, ofOwner, required, description, value);
  }

  /** The value's name in messages, inside the map that messages call owner. */
  String what(String owner) {
    return ofOwner ? label + " of " + owner : label;
  }
}
