package dev.netgen.diff;

import static dev.netgen.diff.Tree.file;
import static dev.netgen.diff.Tree.link;
import static dev.netgen.diff.Tree.set;
import static dev.netgen.diff.Tree.symlink;
import static dev.netgen.diff.Tree.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netgen.render.FileSet;
import dev.netgen.testing.CliRun;
import dev.netgen.write.TreeWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * diff and render --dry-run never write: run against a tree that cannot be written (immutable with
 * chattr +i when root can, else without write bits), they leave every entry as it was (names,
 * types, modes, sizes, mtimes, ctimes, bytes, link targets) and create no lock or temporary file.
 */
class ReadOnlyTreeTest {
  @TempDir Path root;
  private final List<Path> immutable = new ArrayList<>();

  /** A tree that differs from the render in every way, so every code path of the plan runs. */
  private FileSet differingTree() throws IOException {
    var render =
        set(
            file("etc/conf.d/net", "config_br0=\"dhcp\"\n"),
            file("etc/netgen/iptables.sh", "#!/bin/sh\n", 0755),
            file("etc/netgen/qemu/win7.args", "-netdev tap\n"),
            file("etc/sysctl.conf", "net.ipv4.ip_forward = 1\n"),
            link("etc/init.d/net.br0", "net.lo"),
            link("etc/init.d/net.tap0", "net.lo"));
    new TreeWriter(root)
        .write(
            set(
                file("etc/netgen/ebtables.sh", "old\n", 0755), // stale
                file("etc/sysctl.conf", "x\n"), // changed
                file("etc/netgen/iptables.sh", "#!/bin/sh\n", 0644), // changed (mode)
                file("etc/init.d/net.tap0", "a file\n", 0755), // wrong-type
                file("etc/conf.d/net", "config_br0=\"dhcp\"\n"))); // modified, below
    Files.delete(
        root.resolve(
            "etc/netgen/.lock")); // render's lock: its absence below then proves diff took none
    write(root, "etc/conf.d/net", "config_br0=\"172.16.1.1/24\"\n", 0644);
    symlink(root, "etc/init.d/net.br0", "net.eth0"); // unowned
    return render;
  }

  @Test
  void diffAndDryRunLeaveAReadOnlyTreeExactlyAsItWas() throws Exception {
    var render = differingTree();
    boolean locked = makeReadOnly();
    var before = snapshot();

    var comparison = TreeComparer.compare(render, root);
    Tree.unified(comparison);
    Tree.json(comparison);
    DryRun.report(new TreeWriter(root).plan(render));

    assertThat(comparison.entries())
        .extracting(Difference::status)
        .contains(
            DiffStatus.CHANGED,
            DiffStatus.MISSING,
            DiffStatus.WRONG_TYPE,
            DiffStatus.STALE,
            DiffStatus.UNOWNED,
            DiffStatus.MODIFIED);
    assertThat(snapshot()).isEqualTo(before);
    assertThat(root.resolve("etc/netgen/.lock")).doesNotExist();
    assertThat(root.resolve("etc/netgen/qemu")).doesNotExist();
    if (locked) {
      // The guard is real: had diff tried to write, it would have failed, not just been seen.
      assertThatThrownBy(() -> Files.createFile(root.resolve("etc/netgen/probe")))
          .isInstanceOf(IOException.class);
    }
  }

  @Test
  void commandLineDiffAndDryRunLeaveAReadOnlyHostExactlyAsItWas() throws Exception {
    String model = "fixtures/nat/model.yaml";
    assertThat(CliRun.run("render", model, "--out", root.toString()).exit()).isZero();
    Files.delete(root.resolve("etc/netgen/.lock"));
    Files.delete(root.resolve("etc/sysctl.d/90-netgen.conf"));
    Files.delete(root.resolve("etc/netgen/qemu/win7.args"));
    Files.delete(root.resolve("etc/netgen/qemu"));
    write(root, "etc/conf.d/net", "edited by hand\n", 0644);
    boolean locked = makeReadOnly();
    var before = snapshot();

    var runs =
        List.of(
            CliRun.run("diff", model, "--root", root.toString()),
            CliRun.run("diff", model, "--root", root.toString(), "--format", "json"),
            CliRun.run("diff", model, "--root", root.toString(), "--quiet"),
            CliRun.run("render", model, "--out", root.toString(), "--dry-run"));

    assertThat(runs.subList(0, 3))
        .allSatisfy(run -> assertThat(run.exit()).as(run.toString()).isEqualTo(1));
    assertThat(runs.get(3).exit())
        .as("render would keep conf.d/net, changed by hand: %s", runs.get(3))
        .isEqualTo(1);
    assertThat(snapshot()).isEqualTo(before);
    assertThat(root.resolve("etc/netgen/.lock")).doesNotExist();
    if (locked) {
      assertThatThrownBy(() -> Files.createFile(root.resolve("etc/netgen/probe")))
          .isInstanceOf(IOException.class);
    }
  }

  /** chattr +i on every file and folder (not links: they carry no flags); true when it took. */
  private boolean makeReadOnly() throws Exception {
    List<Path> entries;
    try (Stream<Path> all = Files.walk(root)) {
      entries = all.filter(p -> !Files.isSymbolicLink(p)).toList();
    }
    if ("root".equals(System.getProperty("user.name")) && chattr("+i", entries)) {
      immutable.addAll(entries);
      return true;
    }
    for (Path p : entries) {
      var permissions = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
      permissions.removeAll(
          List.of(
              PosixFilePermission.OWNER_WRITE,
              PosixFilePermission.GROUP_WRITE,
              PosixFilePermission.OTHERS_WRITE));
      Files.setPosixFilePermissions(p, permissions);
    }
    return false;
  }

  @AfterEach
  void letTempDirCleanUp() throws Exception {
    if (!immutable.isEmpty()) {
      chattr("-i", immutable);
    }
  }

  private static boolean chattr(String flag, List<Path> paths) throws Exception {
    var command = new ArrayList<>(List.of("chattr", flag));
    paths.forEach(p -> command.add(p.toString()));
    try {
      var process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor() == 0;
    } catch (IOException noChattr) {
      return false;
    }
  }

  /** Everything observable about every entry, keyed by path, links not followed. */
  private TreeMap<String, String> snapshot() throws Exception {
    var entries = new TreeMap<String, String>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.toList()) {
        var attributes = Files.readAttributes(p, "unix:*", LinkOption.NOFOLLOW_LINKS);
        String what =
            Files.isSymbolicLink(p)
                ? "link -> " + Files.readSymbolicLink(p)
                : Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                    ? "file " + sha256(p)
                    : "folder";
        entries.put(
            "/" + root.relativize(p),
            what
                + " mode="
                + attributes.get("mode")
                + " size="
                + attributes.get("size")
                + " mtime="
                + attributes.get("lastModifiedTime")
                + " ctime="
                + attributes.get("ctime"));
      }
    }
    return entries;
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
