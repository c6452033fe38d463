package dev.netgen.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.netgen.testing.CliRun;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs built to hurt: nothing read is run, oversized and endless files fail at once, nothing
 * hangs.
 */
class ImportHostileTest {
  private static final Path PWNED = Path.of("/tmp/netgen-import-pwned");
  @TempDir Path tmp;

  private static CliRun run(String... args) {
    return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CliRun.run(args));
  }

  @Test
  void commandSubstitutionsInConfDNetAreNeverRun() throws IOException {
    Files.deleteIfExists(PWNED);
    var r = run("import", "--root", "fixtures/import/hostile-shell/root");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .contains("holds an expansion ($...): import never runs or expands the file");
    assertThat(PWNED).as("a payload of the file ran").doesNotExist();
  }

  @Test
  void aTenMegabyteConfDNetIsRefusedWithExit2() throws IOException {
    Path net = Files.createDirectories(tmp.resolve("etc/conf.d")).resolve("net");
    try (var f = new RandomAccessFile(net.toFile(), "rw")) {
      f.setLength(10L * 1000 * 1000);
    }
    var r = run("import", "--from", "gentoo", "--root", tmp.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains("cannot read '/etc/conf.d/net': 10000000 bytes; import reads files of at most");
  }

  @Test
  void aFifoInPlaceOfInterfacesIsRefusedNotWaitedOn() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("etc/network"));
    var mkfifo = new ProcessBuilder("mkfifo", dir.resolve("interfaces").toString()).start();
    assertThat(mkfifo.waitFor()).isZero();
    var r = run("import", "--from", "debian", "--root", tmp.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("not a regular file");
  }

  @Test
  void aSymlinkLoopInSourcedFilesIsAnErrorNotAHang() {
    var r = run("import", "--root", "fixtures/import/hostile-source-loop/root");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("a dangling link or a loop");
  }

  @Test
  void aFileThatSourcesItselfIsReadOnce() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("etc/network"));
    Files.writeString(
        dir.resolve("interfaces"),
        "source interfaces\nsource ./interfaces\niface eth0 inet dhcp\n");
    var r = run("import", "--root", tmp.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("/etc/network/interfaces: not imported: sourced again");
    assertThat(r.out()).containsOnlyOnce("  eth0:");
  }

  @Test
  void aLinkOutOfTheRootIsNotFollowed() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("etc/network"));
    Files.createSymbolicLink(dir.resolve("interfaces"), Path.of("/etc/passwd"));
    var r = run("import", "--from", "debian", "--root", tmp.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("leads outside the root").doesNotContain("root:");
  }

  @Test
  void anExistingModelIsKeptWithoutForce() throws IOException {
    Path model = tmp.resolve("model.yaml");
    Files.writeString(model, "keep me\n");
    var r = run("import", "--root", "fixtures/import/proxmox-nat/root", "-o", model.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("exists; pass --force to replace it");
    assertThat(Files.readString(model)).isEqualTo("keep me\n");
    var forced =
        run(
            "import",
            "--root",
            "fixtures/import/proxmox-nat/root",
            "-o",
            model.toString(),
            "--force");
    assertThat(forced.exit()).isZero();
    assertThat(Files.readString(model)).contains("uplink: eno1");
  }

  @Test
  void aRootWithBothDistributionsNeedsFrom() throws IOException {
    Files.createDirectories(tmp.resolve("etc/conf.d"));
    Files.createDirectories(tmp.resolve("etc/network"));
    Files.writeString(tmp.resolve("etc/conf.d/net"), "");
    Files.writeString(tmp.resolve("etc/network/interfaces"), "");
    var r = run("import", "--root", tmp.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("pass --from gentoo|debian");
  }
}
