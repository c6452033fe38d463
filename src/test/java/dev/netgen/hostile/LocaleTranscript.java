package dev.netgen.hostile;

import dev.netgen.lint.rules.RuleRegistry;
import dev.netgen.render.Targets;
import dev.netgen.testing.CliRun;
import dev.netgen.testing.Fixtures;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Run in a child JVM started with a given -Duser.language/-Duser.country: runs netgen on every
 * model under fixtures/ (lint in all three formats, render --stdout --force for every target), plus
 * `rules`, `rules ID` and `schema`, and prints one transcript of everything. Two locales must give
 * the same bytes.
 */
public final class LocaleTranscript {
  private LocaleTranscript() {}

  public static void main(String[] args) throws IOException {
    var out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    out.println("# default locale " + Locale.getDefault().toLanguageTag());
    for (List<String> command : commands()) {
      var run = CliRun.run(command.toArray(String[]::new));
      out.println("=== netgen " + String.join(" ", command));
      out.print(Expectation.of(run));
    }
    out.flush();
  }

  static List<List<String>> commands() throws IOException {
    var commands = new ArrayList<List<String>>();
    commands.add(List.of("rules"));
    commands.add(List.of("schema"));
    for (var rule : RuleRegistry.linter().rules()) {
      commands.add(List.of("rules", rule.id()));
    }
    for (Path model : models()) {
      for (String format : new String[] {"text", "json", "sarif"}) {
        commands.add(List.of("lint", model.toString(), "--format", format));
      }
      for (String target : Targets.ids()) {
        commands.add(
            List.of("render", model.toString(), "--stdout", "--force", "--target", target));
      }
    }
    return commands;
  }

  private static List<Path> models() throws IOException {
    try (Stream<Path> all = Files.walk(Fixtures.ROOT)) {
      return all.filter(p -> p.toString().endsWith(".yaml") && p.toFile().length() < 64 * 1024)
          .sorted()
          .toList();
    }
  }
}
