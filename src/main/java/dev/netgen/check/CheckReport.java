package dev.netgen.check;

import dev.netgen.text.Json;
import dev.netgen.text.Text;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Prints check's facts: one line each (and a hint line under a fail, warn or skip), or JSON. */
public final class CheckReport {
  private CheckReport() {}

  public static Map<Status, Integer> counts(List<Fact> facts) {
    var counts = new EnumMap<Status, Integer>(Status.class);
    for (Status s : Status.values()) {
      counts.put(s, 0);
    }
    facts.forEach(f -> counts.merge(f.status(), 1, Integer::sum));
    return counts;
  }

  /**
   * "pass br0 address: expected 172.16.1.1/24 / found 172.16.1.1/24", hints, then the summary line.
   */
  public static void text(List<Fact> facts, PrintWriter out) {
    for (Fact f : facts) {
      out.print(line(f) + "\n");
      if (f.status() != Status.PASS) {
        out.print("      hint: " + Text.forTerminal(f.hint()) + "\n");
      }
    }
    out.print(summary(facts) + "\n");
    out.flush();
  }

  /** Only the failing facts, as {@link #text} prints them, then the summary of all. */
  public static void failures(List<Fact> facts, PrintWriter out) {
    var failing = facts.stream().filter(f -> f.status() == Status.FAIL).toList();
    for (Fact f : failing) {
      out.print(line(f) + "\n      hint: " + Text.forTerminal(f.hint()) + "\n");
    }
    out.print("check: " + summary(facts) + "\n");
    out.flush();
  }

  private static String line(Fact f) {
    return f.status().word()
        + "  "
        + f.subject()
        + "  "
        + f.name()
        + ": expected "
        + f.expected()
        + " / found "
        + Text.forTerminal(f.found());
  }

  public static String summary(List<Fact> facts) {
    var c = counts(facts);
    return c.get(Status.PASS)
        + " pass, "
        + c.get(Status.FAIL)
        + " fail, "
        + c.get(Status.WARN)
        + " warn, "
        + c.get(Status.SKIP)
        + " skip";
  }

  /**
   * {"facts": [{status, subject, fact, expected, found, hint}, ...], "summary": {pass, fail, warn,
   * skip}}.
   */
  public static void json(List<Fact> facts, PrintWriter out) {
    try (var json = Json.document(out)) {
      json.writeStartObject();
      json.writeArrayFieldStart("facts");
      for (Fact f : facts) {
        json.writeStartObject();
        json.writeStringField("status", f.status().word());
        json.writeStringField("subject", f.subject());
        json.writeStringField("fact", f.name());
        json.writeStringField("expected", f.expected());
        json.writeStringField("found", f.found());
        if (f.status() != Status.PASS) {
          json.writeStringField("hint", f.hint());
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeObjectFieldStart("summary");
      for (var e : counts(facts).entrySet()) {
        json.writeNumberField(e.getKey().word(), e.getValue());
      }
      json.writeEndObject();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.print("\n");
    out.flush();
  }
}
