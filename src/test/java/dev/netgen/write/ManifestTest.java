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

    assertThat(owned.paths()).containsExactly(
        OutputPath.of("etc/conf.d/net"), Manifest.PATH, OutputPath.of("etc/sysctl.conf"));
    assertThat(owned.warnings()).isEmpty();
  }

  @Test
  void escapesControlCharactersOfIgnoredLines() {
    var owned = Manifest.parse("etc/x\u001b[2J\nétc/y\n".getBytes(StandardCharsets.UTF_8));

    assertThat(owned.paths()).isEmpty();
    assertThat(owned.warnings()).containsExactly(
        "ignoring line 1 of /etc/netgen/manifest: 'etc/x\\u001b[2J' is not a clean relative path, so netgen does not remove it",
        "ignoring line 2 of /etc/netgen/manifest: '\\u00e9tc/y' is not a clean relative path, so netgen does not remove it");
  }

  @Test
  void refusesRenderThatWritesOverTheManifest() {
    var e = failure(() -> Manifest.withManifest(set(file("etc/netgen/manifest", "dnsmasq config\n"))));

    assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(e.getMessage()).startsWith("/etc/netgen/manifest is netgen's own list");
  }
}
