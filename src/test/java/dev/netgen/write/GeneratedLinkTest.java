package dev.netgen.write;

import static dev.netgen.write.Trees.failure;
import static dev.netgen.write.Trees.file;
import static dev.netgen.write.Trees.link;
import static dev.netgen.write.Trees.read;
import static dev.netgen.write.Trees.set;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.diag.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attacks of a device named {@code lo} on Gentoo, at the writer: the render's link {@code
 * /etc/init.d/net.lo -> net.lo} over netifrc's own script. Whatever the model says, a generated
 * link never replaces a file the live manifest does not own as netgen wrote it, and a line appended
 * to the manifest does not make it netgen's.
 */
class GeneratedLinkTest {
  private static final String NETIFRC = "#!/sbin/openrc-run\n# netifrc's own\n";

  @TempDir Path tmp;
  Path root;
  Path netLo;

  @BeforeEach
  void gentooHost() throws Exception {
    root = tmp.resolve("host");
    netLo = Files.createDirectories(root.resolve("etc/init.d")).resolve("net.lo");
    Files.writeString(netLo, NETIFRC);
    new TreeWriter(root).write(set(file("etc/conf.d/net", "config_br0=dhcp\n")));
  }

  @Test
  void theLoopLinkOverNetifrcsScriptStopsTheRender() {
    var e = failure(() -> new TreeWriter(root).write(loRender()));

    assertThat(e).isInstanceOf(TakeOverRefused.class);
    assertThat(e.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(e.getMessage()).contains("\n  /etc/init.d/net.lo: a regular file, 35 bytes, ");
    assertThat(netLo).isRegularFile();
  }

  @Test
  void aLineAppendedToTheManifestDoesNotMakeNetifrcsScriptNetgens() throws Exception {
    for (String line : new String[] {"etc/init.d/net.lo", "etc/init.d/net.lo link target=net.lo"}) {
      Files.writeString(
          root.resolve("etc/netgen/manifest"), line + "\n", StandardOpenOption.APPEND);

      var report = new TreeWriter(root).write(loRender());

      assertThat(report.lines()).as(line).contains("kept, changed by hand: /etc/init.d/net.lo");
      assertThat(read(netLo)).isEqualTo(NETIFRC);
      assertThat(Files.isSymbolicLink(netLo)).isFalse();
      var later = new TreeWriter(root).write(set(file("etc/conf.d/net", "config_br0=dhcp\n")));
      assertThat(later.lines())
          .as("not removed later either")
          .doesNotContain("removed /etc/init.d/net.lo");
      assertThat(read(netLo)).isEqualTo(NETIFRC);
    }
  }

  private static dev.netgen.render.FileSet loRender() {
    return set(file("etc/conf.d/net", "config_lo=dhcp\n"), link("etc/init.d/net.lo", "net.lo"));
  }
}
