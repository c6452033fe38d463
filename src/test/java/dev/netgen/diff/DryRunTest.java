package dev.netgen.diff;

import static dev.netgen.diff.Tree.file;
import static dev.netgen.diff.Tree.link;
import static dev.netgen.diff.Tree.set;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.write.TreeWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DryRunTest {
  @TempDir Path root;

  @Test
  void reportsWhatRenderWouldDoInPathOrderThenThatNothingWasWritten() {
    var writer = new TreeWriter(root);
    writer.write(
        set(
            file("etc/conf.d/net", "old\n"),
            file("etc/sysctl.conf", "same\n"),
            link("etc/init.d/net.br1", "net.lo")));
    var render =
        set(
            file("etc/conf.d/net", "new\n"),
            file("etc/sysctl.conf", "same\n"),
            link("etc/init.d/net.br0", "net.lo"));

    var lines = DryRun.report(writer.plan(render));

    assertThat(lines)
        .containsExactly(
            "updated /etc/conf.d/net",
            "created /etc/init.d/net.br0",
            "removed /etc/init.d/net.br1",
            "updated /etc/netgen/manifest",
            "unchanged /etc/sysctl.conf",
            "dry run: nothing was written");
    assertThat(root.resolve("etc/init.d/net.br0")).doesNotExist();
    assertThat(root.resolve("etc/init.d/net.br1")).isSymbolicLink();
  }

  @Test
  void intoAFolderNotYetThereSaysEverythingWouldBeCreatedAndCreatesNoFolder() {
    Path out = root.resolve("preview");

    var lines = DryRun.report(new TreeWriter(out).plan(set(file("etc/sysctl.conf", "a\n"))));

    assertThat(lines)
        .containsExactly(
            "created /etc/netgen/manifest",
            "created /etc/sysctl.conf",
            "dry run: nothing was written");
    assertThat(Files.exists(out)).isFalse();
  }
}
