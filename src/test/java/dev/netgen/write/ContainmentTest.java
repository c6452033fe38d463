package dev.netgen.write;

import static dev.netgen.write.Trees.failure;
import static dev.netgen.write.Trees.file;
import static dev.netgen.write.Trees.names;
import static dev.netgen.write.Trees.read;
import static dev.netgen.write.Trees.set;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.diag.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing is written, replaced or removed outside the root, nor over a folder. */
class ContainmentTest {
  @TempDir Path tmp;

  @Test
  void refusesSymlinkedComponentInsideRoot() throws Exception {
    Path root = Files.createDirectory(tmp.resolve("out"));
    Path outside = Files.createDirectory(tmp.resolve("host-etc"));
    Files.createSymbolicLink(root.resolve("etc"), outside);

    var e = failure(() -> new TreeWriter(root).write(set(file("etc/conf.d/net", "net\n"))));

    assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(e.getMessage())
        .startsWith("refusing to write /etc/")
        .contains(": /etc is a symbolic link");
    assertThat(names(outside)).isEmpty();
  }

  @Test
  void refusesSymlinkedComponentDeeperInRoot() throws Exception {
    Path root = tmp.resolve("out");
    Files.createDirectories(root.resolve("etc"));
    Path outside = Files.createDirectory(tmp.resolve("host-conf.d"));
    Files.createSymbolicLink(root.resolve("etc/conf.d"), outside);

    var e = failure(() -> new TreeWriter(root).write(set(file("etc/conf.d/net", "net\n"))));

    assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(e.getMessage())
        .startsWith("refusing to write /etc/conf.d/net: /etc/conf.d is a symbolic link");
    assertThat(names(outside)).isEmpty();
    assertThat(root.resolve("etc/netgen/manifest"))
        .as("refused before anything is written")
        .doesNotExist();
  }

  @Test
  void refusesToRemoveThroughSymlinkedComponent() throws Exception {
    Path root = tmp.resolve("out");
    Files.createDirectories(root.resolve("etc/netgen"));
    Files.writeString(root.resolve("etc/netgen/manifest"), "var/lib/dhcp.leases\n");
    Path outside = Files.createDirectories(tmp.resolve("host-var/lib"));
    Files.writeString(outside.resolve("dhcp.leases"), "precious\n");
    Files.createSymbolicLink(root.resolve("var"), tmp.resolve("host-var"));

    var e = failure(() -> new TreeWriter(root).write(set()));

    assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(e.getMessage()).contains("/var/lib/dhcp.leases: /var is a symbolic link");
    assertThat(read(outside.resolve("dhcp.leases"))).isEqualTo("precious\n");
  }

  @Test
  void refusesDirectoryWhereFileBelongs() throws Exception {
    Path root = tmp.resolve("out");
    Path folder = Files.createDirectories(root.resolve("etc/conf.d/net"));
    Files.writeString(folder.resolve("inside"), "kept\n");

    var e =
        failure(
            () ->
                new TreeWriter(root)
                    .write(
                        set(
                            file("etc/aaa", "first in path order\n"),
                            file("etc/conf.d/net", "net\n"))));

    assertThat(e.exitCode()).as("the take-over guard: not netgen's").isEqualTo(ExitCode.FINDINGS);
    assertThat(e.getMessage()).contains("\n  /etc/conf.d/net: a directory, mode 0755, owner ");
    assertThat(read(folder.resolve("inside"))).isEqualTo("kept\n");
    assertThat(root.resolve("etc/aaa")).as("nothing written before the refusal").doesNotExist();
  }

  @Test
  void refusesFileWhereFolderBelongs() throws Exception {
    Path root = tmp.resolve("out");
    Files.createDirectories(root.resolve("etc"));
    Files.writeString(root.resolve("etc/conf.d"), "a file, not a folder\n");

    var e = failure(() -> new TreeWriter(root).write(set(file("etc/conf.d/net", "net\n"))));

    assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(e.getMessage())
        .isEqualTo("cannot write /etc/conf.d/net: /etc/conf.d is not a directory");
    assertThat(read(root.resolve("etc/conf.d"))).isEqualTo("a file, not a folder\n");
  }

  @Test
  void refusesRenderWhoseFileIsAlsoAFolderOfItsOwnBeforeWritingAnything() throws Exception {
    Path root = tmp.resolve("out");
    // What `outputs: {dnsmasq: /etc/init.d}` renders next to the net.* links of a bridge.
    var render =
        set(
            file("etc/conf.d/net", "net\n"),
            file("etc/init.d", "dnsmasq\n"),
            Trees.link("etc/init.d/net.br0", "net.lo"));

    var e = failure(() -> new TreeWriter(root).write(render));

    assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(e.getMessage())
        .isEqualTo(
            "cannot write /etc/init.d/net.br0: /etc/init.d is a file of the same render, so it cannot also be a folder;"
                + " give that output another path");
    assertThat(root.resolve("etc/conf.d/net"))
        .as("nothing written before the refusal")
        .doesNotExist();
    assertThat(root.resolve("etc/init.d")).doesNotExist();
  }
}
