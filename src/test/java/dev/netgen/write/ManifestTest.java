package dev.netgen.write;

import static dev.netgen.write.Trees.failure;
import static dev.netgen.write.Trees.file;
import static dev.netgen.write.Trees.set;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.diag.ExitCode;
import dev.netgen.model.OutputPath;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ManifestTest {

  @Test
  void readsBackWhatItWrites() {
    var manifest = Manifest.of(set(file("etc/sysctl.conf", "s\n"), file("etc/conf.d/net", "n\n")));

    var owned = Manifest.parse(manifest.content());

    assertThat(owned.paths())
        .containsExactly(OutputPath.of("etc/conf.d/net"), OutputPath.of("etc/sysctl.conf"));
    assertThat(owned.folders())
        .containsExactly(
            OutputPath.of("etc"), OutputPath.of("etc/conf.d"), OutputPath.of("etc/netgen"));
    assertThat(owned.entry(OutputPath.of("etc/conf.d/net")).orElseThrow().values())
        .containsExactly("a4fb621495a0122493b2203591c448903c472e306a1ede54fabad829e01075c0");
    assertThat(owned.warnings()).isEmpty();
  }

  @Test
  void readsFormatOneAsOwnedWithNothingRecorded() {
    var owned =
        Manifest.parse(
            "# netgen: files owned by netgen\netc/conf.d/net\netc/netgen/manifest\n"
                .getBytes(StandardCharsets.UTF_8));

    assertThat(owned.entry(OutputPath.of("etc/conf.d/net")).orElseThrow().kind())
        .isEqualTo(Manifest.Entry.Kind.UNRECORDED);
    assertThat(owned.warnings()).isEmpty();
  }

  @Test
  void recognisesWhatItWroteAndNothingElse() {
    var entry =
        Manifest.parse(
                Manifest.of(set(file("etc/a", "a\n"), Trees.link("etc/l", "net.lo"))).content())
            .entries();

    assertThat(
            entry
                .get(OutputPath.of("etc/a"))
                .holds(new LiveEntry.File("a\n".getBytes(StandardCharsets.UTF_8), 0600)))
        .as("the mode is not part of the record")
        .isTrue();
    assertThat(
            entry
                .get(OutputPath.of("etc/a"))
                .holds(new LiveEntry.File("a \n".getBytes(StandardCharsets.UTF_8), 0644)))
        .isFalse();
    assertThat(entry.get(OutputPath.of("etc/a")).holds(new LiveEntry.Link("a"))).isFalse();
    assertThat(entry.get(OutputPath.of("etc/l")).holds(new LiveEntry.Link("net.lo"))).isTrue();
    assertThat(entry.get(OutputPath.of("etc/l")).holds(new LiveEntry.Link("/etc/init.d/net.lo")))
        .isFalse();
  }

  @Test
  void linkTargetsRoundTripThroughTheirEscapes() {
    for (String target :
        new String[] {"net.lo", "/etc/init.d/dnsmasq", "a b\nc%d", "\u00e9t\u00e9", "x=y"}) {
      var line = Manifest.parse(Manifest.of(set(Trees.link("etc/l", target))).content());
      assertThat(line.entry(OutputPath.of("etc/l")).orElseThrow().values())
          .as(target)
          .containsExactly(target);
      assertThat(line.warnings()).isEmpty();
    }
  }

  @Test
  void ignoresLinesItDoesNotWrite() {
    var owned =
        Manifest.parse(
            ("etc/a file sha256=abc\n"
                    + "etc/b file\n"
                    + "etc/c link target=\n"
                    + "etc/d file sha256="
                    + "A".repeat(64)
                    + "\n"
                    + "etc/e adopted file sha256="
                    + "a".repeat(64)
                    + "\n"
                    + "etc/f something\n"
                    + "etc/g  file sha256="
                    + "a".repeat(64)
                    + "\n")
                .getBytes(StandardCharsets.UTF_8));

    assertThat(owned.entries()).isEmpty();
    assertThat(owned.warnings())
        .hasSize(7)
        .allMatch(w -> w.endsWith("is not a line netgen writes, so netgen does not remove it"));
  }

  @Test
  void escapesControlCharactersOfIgnoredLines() {
    var owned = Manifest.parse("etc/x\u001b[2J\nétc/y\n".getBytes(StandardCharsets.UTF_8));

    assertThat(owned.paths()).isEmpty();
    assertThat(owned.warnings())
        .containsExactly(
            "ignoring line 1 of /etc/netgen/manifest: 'etc/x\\u001b[2J' is not a clean relative path, so netgen does not remove it",
            "ignoring line 2 of /etc/netgen/manifest: '\\u00e9tc/y' is not a clean relative path, so netgen does not remove it");
  }

  @Test
  void refusesRenderThatWritesOverTheManifest() {
    var e =
        failure(() -> Manifest.withManifest(set(file("etc/netgen/manifest", "dnsmasq config\n"))));

    assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(e.getMessage()).startsWith("/etc/netgen/manifest is netgen's own list");
  }
}
