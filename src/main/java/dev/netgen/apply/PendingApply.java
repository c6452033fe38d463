package dev.netgen.apply;

import dev.netgen.text.Json;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state file of an apply that waits for its confirmation: which model, when it started, until
 * when it waits, what it probes, which process watches it and where it stands. The watcher and
 * {@code netgen confirm} both change it, each under the store's lock.
 *
 * @param model the model file as given to apply, for messages
 * @param target the target it was rendered for
 * @param adopt the --adopt paths (relative), or "all"
 * @param deadline empty until the apply has acted and the window started
 * @param watcher the watcher's process id, 0 until it has started
 * @param note why it ended the way it did (empty while it waits)
 */
public record PendingApply(
    String model,
    String target,
    List<String> adopt,
    Instant started,
    Duration window,
    Optional<Instant> deadline,
    List<String> probes,
    long watcher,
    Status status,
    String note) {

  /** Where a watched apply stands. */
  public enum Status {
    /** The store is written; the watcher is starting or acting. */
    ACTING(true),
    /** Acted; waiting for a confirmation or the probes until the deadline. */
    WAITING(true),
    /** `netgen confirm` ran: the watcher keeps the change. */
    CONFIRMED(true),
    /** Kept: confirmed, or every probe answered. */
    KEPT(false),
    /** The window closed or something failed: the previous files are going back. */
    ROLLING_BACK(true),
    /** The previous files are back. */
    ROLLED_BACK(false);

    private final boolean open;

    Status(boolean open) {
      this.open = open;
    }

    /** Whether the apply is not finished: another apply must wait. */
    public boolean open() {
      return open;
    }
  }

  public PendingApply {
    adopt = List.copyOf(adopt);
    probes = List.copyOf(probes);
  }

  public PendingApply with(Status newStatus, String newNote) {
    return new PendingApply(
        model, target, adopt, started, window, deadline, probes, watcher, newStatus, newNote);
  }

  public PendingApply watchedBy(long pid) {
    return new PendingApply(
        model, target, adopt, started, window, deadline, probes, pid, status, note);
  }

  public PendingApply waitingUntil(Instant end) {
    return new PendingApply(
        model,
        target,
        adopt,
        started,
        window,
        Optional.of(end),
        probes,
        watcher,
        Status.WAITING,
        note);
  }

  /** The state file's text: a small JSON object. */
  public String toJson() {
    var text = new StringWriter();
    try (var json = Json.document(text)) {
      json.writeStartObject();
      json.writeStringField("model", model);
      json.writeStringField("target", target);
      json.writeArrayFieldStart("adopt");
      for (var path : adopt) {
        json.writeString(path);
      }
      json.writeEndArray();
      json.writeStringField("started", started.toString());
      json.writeNumberField("window_seconds", window.toSeconds());
      json.writeStringField("deadline", deadline.map(Instant::toString).orElse(""));
      json.writeArrayFieldStart("probes");
      for (var probe : probes) {
        json.writeString(probe);
      }
      json.writeEndArray();
      json.writeNumberField("watcher_pid", watcher);
      json.writeStringField("status", status.name().toLowerCase(java.util.Locale.ROOT));
      json.writeStringField("note", note);
      json.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException("writing JSON to a string", e);
    }
    return text + "\n";
  }

  /** Reads a state file; IOException when it is not one netgen wrote. */
  public static PendingApply fromJson(String text) throws IOException {
    try {
      var value = Json.read(text);
      if (!(value instanceof Map<?, ?> map)) {
        throw new IOException("not a JSON object");
      }
      String deadline = string(map, "deadline");
      return new PendingApply(
          string(map, "model"),
          string(map, "target"),
          strings(value, "adopt"),
          Instant.parse(string(map, "started")),
          Duration.ofSeconds(number(map, "window_seconds")),
          deadline.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(deadline)),
          strings(value, "probes"),
          number(map, "watcher_pid"),
          Status.valueOf(string(map, "status").toUpperCase(java.util.Locale.ROOT)),
          string(map, "note"));
    } catch (RuntimeException e) {
      throw new IOException("not a state file netgen wrote: " + e.getMessage(), e);
    }
  }

  private static String string(Map<?, ?> map, String key) throws IOException {
    if (map.get(key) instanceof String s) {
      return s;
    }
    throw new IOException("no text at " + key);
  }

  private static long number(Map<?, ?> map, String key) throws IOException {
    if (map.get(key) instanceof Long n) {
      return n;
    }
    throw new IOException("no number at " + key);
  }

  private static List<String> strings(Object value, String key) throws IOException {
    var list = new ArrayList<String>();
    for (var item : Json.array(value, key)) {
      if (!(item instanceof String s)) {
        throw new IOException("not text in " + key);
      }
      list.add(s);
    }
    return list;
  }
}
