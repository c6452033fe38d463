package dev.netgen.write;

import static dev.netgen.write.Trees.failure;
import static dev.netgen.write.Trees.file;
import static dev.netgen.write.Trees.link;
import static dev.netgen.write.Trees.read;
import static dev.netgen.write.Trees.set;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.model.OutputPath;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest, and removing what an earlier render owned and this one no longer produces. */
class CleanUpTest {
  @TempDir Path tmp;

  @Test
  void writesManifestSorted() throws Exception {
    Path root = tmp.resolve("out");
    var render =
        set(
            file("etc/sysctl.conf", "s\n"),
            file("etc/netgen/qemu/win7.args", "a\n"),
            link("etc/init.d/net.br0", "net.lo"),
            file("etc/conf.d/net", "n\n"));

    new TreeWriter(root).write(render);

    // The hashes are those of sha256sum (printf 'n\\n' | sha256sum); every folder was made by
    // netgen.
    assertThat(read(root.resolve("etc/netgen/manifest")))
        .isEqualTo(
            """
        # netgen manifest 2: the paths netgen owns and what it wrote at each; it replaces or removes a path only while it still holds that. Do not edit.
        etc folder
        etc/conf.d folder
        etc/conf.d/net file sha256=a4fb621495a0122493b2203591c448903c472e306a1ede54fabad829e01075c0
        etc/init.d folder
        etc/init.d/net.br0 link target=net.lo
        etc/netgen folder
        etc/netgen/qemu folder
        etc/netgen/qemu/win7.args file sha256=87428fc522803d31065e7bce3cf03fe475096631e5e07bbd7a0fde60c4cf25c7
        etc/sysctl.conf file sha256=cbc80bb5c0c0f8944bf73b3a429505ac5cde16644978bc9a1e74c5755f8ca556
        """);
    assertThat(Trees.mode(root.resolve("etc/netgen/manifest"))).isEqualTo(0644);
  }

  @Test
  void removesStaleOwnedFiles() throws Exception {
    Path root = tmp.resolve("out");
    new TreeWriter(root)
        .write(
            set(
                file("etc/conf.d/net", "n\n"),
                file("etc/netgen/ebtables.sh", "e\n", 0755),
                link("etc/init.d/net.br1", "net.lo")));

    var report = new TreeWriter(root).write(set(file("etc/conf.d/net", "n\n")));

    assertThat(report.lines())
        .containsExactly(
            "unchanged /etc/conf.d/net",
            "removed /etc/init.d/net.br1",
            "removed /etc/netgen/ebtables.sh",
            "updated /etc/netgen/manifest");
    assertThat(Files.exists(root.resolve("etc/init.d/net.br1"), LinkOption.NOFOLLOW_LINKS))
        .isFalse();
    assertThat(root.resolve("etc/netgen/ebtables.sh")).doesNotExist();
    assertThat(root.resolve("etc/init.d")).as("emptied folders stay").isDirectory();
    assertThat(Manifest.parse(Files.readAllBytes(root.resolve("etc/netgen/manifest"))).paths())
        .containsExactly(OutputPath.of("etc/conf.d/net"));
  }

  @Test
  void removesStaleLinkNotItsTarget() throws Exception {
    Path root = tmp.resolve("out");
    Path target = Files.writeString(tmp.resolve("target"), "not netgen's\n");
    new TreeWriter(root).write(set(link("etc/init.d/net.br1", target.toString())));

    new TreeWriter(root).write(set());

    assertThat(Files.exists(root.resolve("etc/init.d/net.br1"), LinkOption.NOFOLLOW_LINKS))
        .isFalse();
    assertThat(read(target)).isEqualTo("not netgen's\n");
  }

  @Test
  void neverRemovesFilesNotInManifest() throws Exception {
    Path root = tmp.resolve("out");
    new TreeWriter(root).write(set(file("etc/conf.d/net", "n\n")));
    Files.writeString(root.resolve("etc/conf.d/hostname"), "the admin's\n");
    Files.writeString(root.resolve("etc/netgen/local.sh"), "the admin's\n");

    var report = new TreeWriter(root).write(set());

    assertThat(report.lines())
        .containsExactly("removed /etc/conf.d/net", "updated /etc/netgen/manifest");
    assertThat(read(root.resolve("etc/conf.d/hostname"))).isEqualTo("the admin's\n");
    assertThat(read(root.resolve("etc/netgen/local.sh"))).isEqualTo("the admin's\n");
  }

  @Test
  void skipsOwnedPathThatIsGoneAndKeepsOneThatBecameAFolder() throws Exception {
    Path root = tmp.resolve("out");
    new TreeWriter(root).write(set(file("etc/gone", "g\n"), file("etc/folder", "f\n")));
    Files.delete(root.resolve("etc/gone"));
    Files.delete(root.resolve("etc/folder"));
    Files.createDirectory(root.resolve("etc/folder"));

    var report = new TreeWriter(root).write(set());

    assertThat(report.lines())
        .containsExactly("kept, changed by hand: /etc/folder", "updated /etc/netgen/manifest");
    assertThat(report.keptChanged()).isTrue();
    assertThat(root.resolve("etc/folder")).isDirectory();
    assertThat(new TreeWriter(root).write(set()).lines())
        .as("kept once, then no longer netgen's")
        .containsExactly("unchanged /etc/netgen/manifest");
  }

  @Test
  void ignoresHostileManifestLines() throws Exception {
    Path root = tmp.resolve("a/root");
    Files.createDirectories(root.resolve("etc/netgen"));
    Path outside = Files.writeString(tmp.resolve("x"), "outside\n");
    Files.writeString(root.resolve("etc/passwd"), "decoy inside the root\n");
    Files.writeString(root.resolve("etc/stale"), "# Generated by netgen from model.yaml.\n");
    Files.writeString(
        root.resolve("etc/netgen/manifest"),
        """
        # netgen: files owned by netgen
        ../../x
        /etc/passwd
        etc/./passwd
        etc/passwd\r
        etc/stale
        """);

    var report = new TreeWriter(root).write(set());

    assertThat(read(outside)).isEqualTo("outside\n");
    assertThat(read(root.resolve("etc/passwd"))).isEqualTo("decoy inside the root\n");
    assertThat(Path.of("/etc/passwd")).exists();
    assertThat(root.resolve("etc/stale"))
        .as("a clean format-1 line of a file netgen generated is still obeyed")
        .doesNotExist();
    assertThat(report.lines())
        .containsExactly("updated /etc/netgen/manifest", "removed /etc/stale");
    assertThat(report.warnings())
        .containsExactly(
            "ignoring line 2 of /etc/netgen/manifest: '../../x' is not a clean relative path, so netgen does not remove it",
            "ignoring line 3 of /etc/netgen/manifest: '/etc/passwd' is not a clean relative path, so netgen does not remove it",
            "ignoring line 4 of /etc/netgen/manifest: 'etc/./passwd' is not a clean relative path, so netgen does not remove it",
            "ignoring line 5 of /etc/netgen/manifest: 'etc/passwd\\u000d' is not a clean relative path, so netgen does not remove it");
  }

  /** Issue 16: a line appended to the manifest no longer deletes the admin's file. */
  @Test
  void neverRemovesAFileAnAppendedLineNamesWhenItIsNotWhatNetgenWrote() throws Exception {
    Path root = tmp.resolve("out");
    new TreeWriter(root).write(set(file("etc/conf.d/net", "n\n")));
    Files.writeString(root.resolve("etc/passwd"), "root:x:0:0::/root:/bin/sh\n");
    Files.writeString(root.resolve("etc/shadow"), "root:*:1::::::\n");
    Path manifest = root.resolve("etc/netgen/manifest");
    Files.writeString(
        manifest,
        "etc/passwd\netc/shadow file sha256=" + "0".repeat(64) + "\n",
        StandardOpenOption.APPEND);

    var report = new TreeWriter(root).write(set(file("etc/conf.d/net", "n\n")));

    assertThat(read(root.resolve("etc/passwd"))).isEqualTo("root:x:0:0::/root:/bin/sh\n");
    assertThat(read(root.resolve("etc/shadow"))).isEqualTo("root:*:1::::::\n");
    assertThat(report.lines())
        .contains("kept, changed by hand: /etc/passwd", "kept, changed by hand: /etc/shadow");
    assertThat(Manifest.parse(Files.readAllBytes(manifest)).paths())
        .as("and forgotten")
        .containsExactly(OutputPath.of("etc/conf.d/net"));
  }

  @Test
  void ignoresManifestThatIsASymlink() throws Exception {
    Path root = tmp.resolve("out");
    Files.createDirectories(root.resolve("etc/netgen"));
    Files.writeString(root.resolve("etc/victim"), "the admin's\n");
    Path planted = Files.writeString(tmp.resolve("planted"), "etc/victim\n");
    Files.createSymbolicLink(root.resolve("etc/netgen/manifest"), planted);

    var report = new TreeWriter(root).write(set());

    assertThat(read(root.resolve("etc/victim"))).isEqualTo("the admin's\n");
    assertThat(read(planted)).as("replaced, not written through").isEqualTo("etc/victim\n");
    assertThat(Files.isSymbolicLink(root.resolve("etc/netgen/manifest"))).isFalse();
    assertThat(report.warnings())
        .singleElement()
        .asString()
        .startsWith("ignoring /etc/netgen/manifest: it is a symbolic link");
  }

  @Test
  void manifestOwnsCreatedFilesEvenWhenRenderFailsMidway() throws Exception {
    Path root = tmp.resolve("out");
    new TreeWriter(root).write(set(file("etc/a", "a\n")));
    var out = OutputRoot.forWriting(root);
    var plan =
        new Planner(out)
            .plan(set(file("etc/a", "a\n"), file("etc/b", "b\n"), file("etc/c", "c\n")));
    // Something takes etc/c after planning: writing it fails after etc/b was created.
    Files.createDirectories(root.resolve("etc/c/inside"));
    failure(() -> new Applier(out).apply(plan));
    assertThat(read(root.resolve("etc/b"))).isEqualTo("b\n");

    new TreeWriter(root).write(set(file("etc/a", "a\n")));

    assertThat(root.resolve("etc/b"))
        .as("owned although the render that made it failed")
        .doesNotExist();
    assertThat(root.resolve("etc/c/inside")).isDirectory();
  }
}
