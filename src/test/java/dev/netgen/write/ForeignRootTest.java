package dev.netgen.write;

import static dev.netgen.write.Trees.failure;
import static dev.netgen.write.Trees.file;
import static dev.netgen.write.Trees.names;
import static dev.netgen.write.Trees.set;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.diag.ExitCode;
import dev.netgen.testing.Proc;
import dev.netgen.testing.RealTool;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output root that another user controls: that user swaps etc/netgen for a link to a folder
 * outside the root, over and over, while root renders. The render is refused up front, every time,
 * and nothing is ever written outside the root. A user of its own is created for the test and
 * removed after it.
 */
class ForeignRootTest {
  private static final int TRIES = 20;
  private static String user;
  private static UserPrincipal principal;

  @TempDir Path tmp;

  @BeforeAll
  static void createUser() throws Exception {
    RealTool.requireRoot();
    RealTool.require("useradd", "passwd");
    RealTool.require("setpriv", "util-linux");
    user = "ngtest" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000));
    var add = Proc.run(Path.of("/"), "useradd", "--system", "--no-create-home", user);
    assertThat(add.exit()).as(add.toString()).isZero();
    principal =
        Path.of("/").getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(user);
  }

  @AfterAll
  static void removeUser() {
    if (user != null) {
      Proc.run(Path.of("/"), "userdel", user);
    }
  }

  @BeforeEach
  void reachable() throws Exception {
    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @Test
  void aRootAnotherUserOwnsIsRefusedUpFrontWhileThatUserSwapsFoldersForLinks() throws Exception {
    Path root = Files.createDirectory(tmp.resolve("out"));
    Path outside = Files.createDirectory(tmp.resolve("outside"));
    Files.createDirectories(root.resolve("etc/netgen"));
    chown(root, root.resolve("etc"), root.resolve("etc/netgen"));
    var racer =
        asUser(
            "cd "
                + root
                + " && while :; do mv etc/netgen etc/real; ln -s "
                + outside
                + " etc/netgen; rm etc/netgen; mv etc/real etc/netgen; done 2>/dev/null");
    try {
      for (int i = 0; i < TRIES; i++) {
        var e =
            failure(
                () ->
                    new TreeWriter(root)
                        .write(set(file("etc/netgen/iptables.sh", "#!/bin/sh\n", 0755))));

        assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(e.getMessage())
            .isEqualTo(
                "refusing the output root "
                    + root
                    + ": "
                    + root
                    + " belongs to "
                    + user
                    + "; someone other than root and the user running netgen could swap a folder"
                    + " there for a link between netgen's check and its write; use a folder only"
                    + " you can write (mktemp -d makes one)");
      }
    } finally {
      racer.destroyForcibly().waitFor();
    }
    assertThat(names(outside)).as("nothing written outside the root in %d tries", TRIES).isEmpty();
  }

  @Test
  void aFolderBelowTheRootAnotherUserOwnsIsRefusedBeforeAnythingIsWritten() throws Exception {
    Path root = Files.createDirectory(tmp.resolve("out"));
    Files.createDirectories(root.resolve("etc/netgen"));
    chown(root.resolve("etc/netgen"));

    var e =
        failure(
            () ->
                new TreeWriter(root)
                    .write(set(file("etc/conf.d/net", "n\n"), file("etc/netgen/x.sh", "x\n"))));

    assertThat(e.getMessage())
        .startsWith(
            "refusing to write /etc/netgen/manifest: /etc/netgen belongs to " + user + "; ");
    assertThat(root.resolve("etc/conf.d")).doesNotExist();
  }

  @Test
  void aRootOthersMayWriteIsRefusedAndSoIsOneInAFolderOthersMayWriteWithoutTheStickyBit()
      throws Exception {
    Path open = Files.createDirectory(tmp.resolve("open"));
    chmod("0777", open);

    var inOpen =
        failure(() -> new TreeWriter(open.resolve("out")).write(set(file("etc/a", "a\n"))));
    var openItself = failure(() -> new TreeWriter(open).write(set(file("etc/a", "a\n"))));

    assertThat(inOpen.getMessage())
        .startsWith(
            "refusing the output root "
                + open.resolve("out")
                + ": "
                + open
                + " may be written by"
                + " others (mode 0777); ");
    assertThat(openItself.getMessage())
        .startsWith("refusing the output root " + open + ": " + open + " may be written by others");
  }

  @Test
  void aRootOfOurOwnInAStickyFolderLikeTmpIsFineButNotOneAnotherUserMadeThereFirst()
      throws Exception {
    Path sticky = Files.createDirectory(tmp.resolve("sticky"));
    chmod("1777", sticky);
    var taken = asUser("mkdir " + sticky.resolve("taken"));
    assertThat(taken.waitFor()).isZero();

    var report = new TreeWriter(sticky.resolve("mine")).write(set(file("etc/a", "a\n")));
    var e = failure(() -> new TreeWriter(sticky.resolve("taken")).write(set(file("etc/a", "a\n"))));

    assertThat(report.lines()).contains("created /etc/a");
    assertThat(e.getMessage())
        .startsWith(
            "refusing the output root "
                + sticky.resolve("taken")
                + ": "
                + sticky.resolve("taken")
                + " belongs to "
                + user);
  }

  @Test
  void aLinkToTheRootInAFolderAnotherUserControlsIsRefused() throws Exception {
    Path theirs = Files.createDirectory(tmp.resolve("theirs"));
    Path real = Files.createDirectory(tmp.resolve("real"));
    Files.createSymbolicLink(theirs.resolve("out"), real);
    chown(theirs);

    var e = failure(() -> new TreeWriter(theirs.resolve("out")).write(set(file("etc/a", "a\n"))));

    assertThat(e.getMessage())
        .startsWith(
            "refusing the output root " + theirs.resolve("out") + ": " + theirs + " belongs to ");
    assertThat(names(real)).isEmpty();
  }

  @Test
  void foldersNetgenCreatesAre0755WhateverTheUmask() {
    Path root = tmp.resolve("a/b");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    var run =
        Proc.run(
            Path.of("").toAbsolutePath(),
            Map.of(),
            Duration.ofSeconds(120),
            "sh",
            "-c",
            "umask 077 && exec \"$0\" -cp \"$1\" dev.netgen.Main render fixtures/nat/model.yaml --out \"$2\"",
            java,
            System.getProperty("java.class.path"),
            root.toString());

    assertThat(run.exit()).as(run.toString()).isZero();
    for (Path folder : new Path[] {tmp.resolve("a"), root, root.resolve("etc/netgen")}) {
      assertThat(mode(folder)).as(folder.toString()).isEqualTo(0755);
    }
  }

  private static int mode(Path path) {
    try {
      return (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 07777;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void chown(Path... paths) throws Exception {
    for (Path p : paths) {
      Files.setOwner(p, principal);
    }
  }

  private static void chmod(String mode, Path path) {
    var run = Proc.run(Path.of("/"), "chmod", mode, path.toString());
    assertThat(run.exit()).as(run.toString()).isZero();
  }

  /** A shell command run as the test's user, in the background. */
  private static Process asUser(String command) throws Exception {
    return new ProcessBuilder(
            "setpriv", "--reuid=" + user, "--regid=" + user, "--clear-groups", "sh", "-c", command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }
}
