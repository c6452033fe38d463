package dev.netgen.check;

/**
 * One thing check looked at: the device or part of the host it is about (subject), what about it
 * (name: "exists", "address", "port tap0"), what the model wants and what the host has, and for a
 * fail, warn or skip a hint that says what to do. Found text comes from the host and is escaped
 * where it is printed.
 */
public record Fact(
    Status status, String subject, String name, String expected, String found, String hint) {

  public static Fact pass(String subject, String name, String expected, String found) {
    return new Fact(Status.PASS, subject, name, expected, found, "");
  }

  public static Fact fail(String subject, String name, String expected, String found, String hint) {
    return new Fact(Status.FAIL, subject, name, expected, found, hint);
  }

  public static Fact warn(String subject, String name, String expected, String found, String hint) {
    return new Fact(Status.WARN, subject, name, expected, found, hint);
  }

  public static Fact skip(String subject, String name, String expected, String why) {
    return new Fact(Status.SKIP, subject, name, expected, "not read", why);
  }

  /** pass when the two are equal, else fail with hint. */
  public static Fact equal(
      String subject, String name, String expected, String found, String hint) {
    return expected.equals(found)
        ? pass(subject, name, expected, found)
        : fail(subject, name, expected, found, hint);
  }
}
