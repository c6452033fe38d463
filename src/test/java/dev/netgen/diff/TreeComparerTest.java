package dev.netgen.diff;

import static dev.netgen.diff.Tree.file;
import static dev.netgen.diff.Tree.link;
import static dev.netgen.diff.Tree.set;
import static dev.netgen.diff.Tree.symlink;
import static dev.netgen.diff.Tree.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import dev.netgen.diag.NetgenException;
import dev.netgen.model.OutputPath;
import dev.netgen.render.FileSet;
import dev.netgen.write.Change;
import dev.netgen.write.Manifest;
import dev.netgen.write.TreeWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The edge cases of a comparison that the golden fixtures do not each show. */
class TreeComparerTest {
  @TempDir Path root;

  private DiffStatus statusOf(Comparison comparison, String path) {
    return entry(comparison, path).status();
  }

  private Difference entry(Comparison comparison, String path) {
    return comparison.entries().stream()
        .filter(e -> e.path().equals(OutputPath.of(path)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entry for " + path + " in " + comparison));
  }

  @Test
  void treeJustWrittenByRenderIsAllSame() {
    var render =
        set(
            file("etc/conf.d/net", "config_br0=\"dhcp\"\n"),
            file("etc/netgen/iptables.sh", "#!/bin/sh\n", 0755),
            link("etc/init.d/net.br0", "net.lo"));
    new TreeWriter(root).write(render);

    var comparison = TreeComparer.compare(render, root);

    assertThat(comparison.entries())
        .extracting(Difference::status)
        .containsOnly(DiffStatus.SAME)
        .hasSize(4);
    assertThat(comparison.exitCode()).isZero();
    assertThat(Tree.unified(comparison)).isEmpty();
  }

  @Test
  void whatDiffCallsDifferentRenderChangesAndThenDiffIsClean() throws Exception {
    var render = set(file("etc/conf.d/net", "new\n"), link("etc/init.d/net.br0", "net.lo"));
    write(root, "etc/conf.d/net", "old\n", 0600);
    symlink(root, "etc/init.d/net.br0", "net.eth0");
    Tree.ownAsWritten(root, "etc/conf.d/net", "etc/init.d/net.br0");
    assertThat(TreeComparer.compare(render, root).exitCode()).isEqualTo(1);

    new TreeWriter(root).write(render);

    assertThat(TreeComparer.compare(render, root).hasDifferences()).isFalse();
  }

  @Test
  void emptyRootShowsEveryFileAndTheManifestAsMissing() {
    var comparison = TreeComparer.compare(set(file("etc/sysctl.conf", "a\n")), root);

    assertThat(comparison.entries())
        .extracting(e -> e.path().absolute(), Difference::status)
        .containsExactly(
            tuple("/etc/netgen/manifest", DiffStatus.MISSING),
            tuple("/etc/sysctl.conf", DiffStatus.MISSING));
  }

  @Test
  void entriesComeInPathOrderWhateverTheRenderOrder() throws Exception {
    write(root, "zzz/last", "x\n", 0644);
    var render =
        set(
            file("etc/sysctl.conf", "a\n"),
            file("etc/conf.d/net", "b\n"),
            link("etc/init.d/net.br0", "net.lo"));

    var paths =
        TreeComparer.compare(render, root).entries().stream()
            .map(e -> e.path().absolute())
            .toList();

    assertThat(paths)
        .isSorted()
        .containsExactly(
            "/etc/conf.d/net", "/etc/init.d/net.br0", "/etc/netgen/manifest", "/etc/sysctl.conf");
  }

  @Test
  void fileNobodyOwnsIsNeverReportedStale() throws Exception {
    write(root, "etc/netgen/notes.txt", "mine\n", 0644);

    var comparison = TreeComparer.compare(set(file("etc/sysctl.conf", "a\n")), root);

    assertThat(comparison.entries())
        .noneMatch(e -> e.path().relative().equals("etc/netgen/notes.txt"));
  }

  @Test
  void staleLinkShowsItsOldTargetAgainstNothing() throws Exception {
    new TreeWriter(root)
        .write(set(link("etc/init.d/net.br1", "net.lo"), file("etc/sysctl.conf", "a\n")));

    var comparison = TreeComparer.compare(set(file("etc/sysctl.conf", "a\n")), root);

    assertThat(statusOf(comparison, "etc/init.d/net.br1")).isEqualTo(DiffStatus.STALE);
    assertThat(entry(comparison, "etc/init.d/net.br1").text())
        .isEqualTo(
            """
        --- /etc/init.d/net.br1
        +++ /dev/null
        old link -> net.lo
        """);
  }

  @Test
  void staleFileAlreadyGoneIsNotADifference() throws Exception {
    new TreeWriter(root)
        .write(set(file("etc/netgen/ebtables.sh", "x\n"), file("etc/sysctl.conf", "a\n")));
    Files.delete(root.resolve("etc/netgen/ebtables.sh"));
    var render = set(file("etc/sysctl.conf", "a\n"));

    var comparison = TreeComparer.compare(render, root);

    assertThat(comparison.entries())
        .extracting(e -> e.path().relative())
        .containsExactly("etc/netgen/manifest", "etc/sysctl.conf");
    assertThat(statusOf(comparison, "etc/netgen/manifest")).isEqualTo(DiffStatus.CHANGED);
  }

  @Test
  void directoryWhereAFileBelongsIsUnownedNotAFailure() throws Exception {
    Files.createDirectories(root.resolve("etc/sysctl.conf"));

    var comparison = TreeComparer.compare(set(file("etc/sysctl.conf", "a\n")), root);

    assertThat(statusOf(comparison, "etc/sysctl.conf")).isEqualTo(DiffStatus.UNOWNED);
    assertThat(entry(comparison, "etc/sysctl.conf").text())
        .isEqualTo(
            """
        --- /etc/sysctl.conf
        +++ /etc/sysctl.conf (netgen)
        unowned: not netgen's; render stops unless --adopt moves it to /etc/netgen/adopted/etc/sysctl.conf
        old is a directory
        new mode 0644
        @@ -0,0 +1,1 @@
        +a
        """);
  }

  @Test
  void netgensOwnLinkWhereItNowWritesAFileIsWrongType() throws Exception {
    symlink(root, "etc/sysctl.conf", "sysctl.d/x.conf");
    Tree.ownAsWritten(root, "etc/sysctl.conf");

    var comparison = TreeComparer.compare(set(file("etc/sysctl.conf", "a\n")), root);

    assertThat(statusOf(comparison, "etc/sysctl.conf")).isEqualTo(DiffStatus.WRONG_TYPE);
  }

  @Test
  void ownedFileChangedByHandIsModifiedAndRenderKeepsIt() throws Exception {
    new TreeWriter(root).write(set(file("etc/sysctl.conf", "a\n")));
    write(root, "etc/sysctl.conf", "a\n# mine\n", 0644);

    var comparison = TreeComparer.compare(set(file("etc/sysctl.conf", "a\n")), root);

    assertThat(statusOf(comparison, "etc/sysctl.conf")).isEqualTo(DiffStatus.MODIFIED);
    assertThat(entry(comparison, "etc/sysctl.conf").text())
        .isEqualTo(
            """
        --- /etc/sysctl.conf
        +++ /etc/sysctl.conf (netgen)
        modified: changed by hand since netgen wrote it; render keeps it
        @@ -1,2 +1,1 @@
         a
        -# mine
        """);
    var report = new TreeWriter(root).write(set(file("etc/sysctl.conf", "a\n")));
    assertThat(report.lines()).contains("kept, changed by hand: /etc/sysctl.conf");
    assertThat(TreeComparer.compare(set(file("etc/sysctl.conf", "a\n")), root).entries())
        .extracting(Difference::status)
        .containsExactly(DiffStatus.SAME, DiffStatus.MODIFIED);
  }

  @Test
  void fileWhereAFolderOnTheWayBelongsIsMissingAndSaysWhy() throws Exception {
    write(root, "etc/conf.d", "not a folder\n", 0644);

    var comparison = TreeComparer.compare(set(file("etc/conf.d/net", "a\n")), root);

    assertThat(statusOf(comparison, "etc/conf.d/net")).isEqualTo(DiffStatus.MISSING);
    assertThat(entry(comparison, "etc/conf.d/net").text())
        .startsWith(
            """
        --- /dev/null
        +++ /etc/conf.d/net (netgen)
        old is missing: /etc/conf.d is not a directory
        new mode 0644
        """);
  }

  @Test
  void modeAndContentDifferingShowsBothModeLinesThenHunks() throws Exception {
    write(root, "etc/netgen/iptables.sh", "#!/bin/sh\nold\n", 0644);
    Tree.ownAsWritten(root, "etc/netgen/iptables.sh");

    var comparison =
        TreeComparer.compare(set(file("etc/netgen/iptables.sh", "#!/bin/sh\nnew\n", 0755)), root);

    assertThat(entry(comparison, "etc/netgen/iptables.sh").text())
        .isEqualTo(
            """
        --- /etc/netgen/iptables.sh
        +++ /etc/netgen/iptables.sh (netgen)
        old mode 0644
        new mode 0755
        @@ -1,2 +1,2 @@
         #!/bin/sh
        -old
        +new
        """);
  }

  @Test
  void missingNewlineAtEndIsADifferenceAndMarkedAsDiffMarksIt() throws Exception {
    write(root, "etc/sysctl.conf", "a\nb", 0644);
    Tree.ownAsWritten(root, "etc/sysctl.conf");

    var comparison = TreeComparer.compare(set(file("etc/sysctl.conf", "a\nb\n")), root);

    assertThat(statusOf(comparison, "etc/sysctl.conf")).isEqualTo(DiffStatus.CHANGED);
    assertThat(entry(comparison, "etc/sysctl.conf").text())
        .endsWith(
            """
        @@ -1,2 +1,2 @@
         a
        -b
        \\ No newline at end of file
        +b
        """);
  }

  @Test
  void nonUtf8ContentIsReportedAsBinaryNotPrinted() throws Exception {
    write(root, "etc/sysctl.conf", new byte[] {'a', (byte) 0xff, '\n'}, 0644);
    Tree.ownAsWritten(root, "etc/sysctl.conf");

    var comparison = TreeComparer.compare(set(file("etc/sysctl.conf", "a\n")), root);

    assertThat(entry(comparison, "etc/sysctl.conf").text())
        .isEqualTo(
            """
        --- /etc/sysctl.conf
        +++ /etc/sysctl.conf (netgen)
        binary files differ
        """);
  }

  @Test
  void contentWithNulBytesIsBinary() throws Exception {
    write(root, "etc/sysctl.conf", new byte[] {'a', 0, '\n'}, 0644);

    var comparison = TreeComparer.compare(set(file("etc/sysctl.conf", "a\n")), root);

    assertThat(entry(comparison, "etc/sysctl.conf").text()).endsWith("binary files differ\n");
  }

  @Test
  void emptyLiveFileNumbersItsSideFromZeroAsDiffDoes() throws Exception {
    write(root, "etc/sysctl.conf", "", 0644);

    var comparison = TreeComparer.compare(set(file("etc/sysctl.conf", "a\n")), root);

    assertThat(entry(comparison, "etc/sysctl.conf").text()).contains("\n@@ -0,0 +1,1 @@\n+a\n");
  }

  @Test
  void linkTargetWithControlCharactersCannotForgeLines() throws Exception {
    symlink(root, "etc/init.d/net.br0", "net.lo\n+++ forged");

    var comparison = TreeComparer.compare(set(link("etc/init.d/net.br0", "net.lo")), root);

    assertThat(entry(comparison, "etc/init.d/net.br0").text())
        .contains("old link -> net.lo\\x0a+++ forged\n")
        .doesNotContain("\n+++ forged");
  }

  @Test
  void ignoredManifestLinesArePassedOnAsWarnings() throws Exception {
    write(root, Manifest.PATH.relative(), "# netgen\n../../etc/shadow\n", 0644);

    var comparison = TreeComparer.compare(set(file("etc/sysctl.conf", "a\n")), root);

    assertThat(comparison.warnings())
        .singleElement()
        .asString()
        .contains("ignoring line 2", "shadow");
  }

  @Test
  void missingRootIsAFailureNotEverythingMissing() {
    var e =
        catchThrowableOfType(
            NetgenException.class,
            () -> TreeComparer.compare(set(file("etc/sysctl.conf", "a\n")), root.resolve("typo")));

    assertThat(e.exitCode()).isEqualTo(2);
    assertThat(e.getMessage())
        .isEqualTo("cannot compare with " + root.resolve("typo") + ": no such directory");
  }

  @Test
  void rootThatIsAFileIsAFailure() throws Exception {
    Path notFolder = write(root, "file", "x\n", 0644);

    var e =
        catchThrowableOfType(
            NetgenException.class,
            () -> TreeComparer.compare(set(file("etc/sysctl.conf", "a\n")), notFolder));

    assertThat(e.exitCode()).isEqualTo(2);
    assertThat(e.getMessage()).endsWith(": it is not a directory");
  }

  @Test
  void rootMayBeALinkToTheTree() throws Exception {
    Path real = Files.createDirectories(root.resolve("real"));
    new TreeWriter(real).write(set(file("etc/sysctl.conf", "a\n")));
    Path viaLink = Files.createSymbolicLink(root.resolve("host"), real);

    assertThat(TreeComparer.compare(set(file("etc/sysctl.conf", "a\n")), viaLink).hasDifferences())
        .isFalse();
  }

  @Test
  void linkedFolderBelowTheRootIsRefusedLikeRenderRefusesIt() throws Exception {
    Path outside = Files.createDirectories(root.resolve("outside/etc"));
    Path tree = Files.createDirectories(root.resolve("tree"));
    Files.createSymbolicLink(tree.resolve("etc"), outside);

    var e =
        catchThrowableOfType(
            NetgenException.class,
            () -> TreeComparer.compare(set(file("etc/sysctl.conf", "a\n")), tree));

    assertThat(e.exitCode()).isEqualTo(2);
    assertThat(e.getMessage())
        .startsWith("refusing to read /etc/")
        .contains(": /etc is a symbolic link");
  }

  @Test
  void sameMeansRenderWouldNotTouchThePath() throws Exception {
    // Each pair: live as found, and the one render entry; diff must say "same" exactly when the
    // writer's plan keeps the path, so render's report and diff never disagree.
    FileSet render = set(file("etc/a", "x\n", 0755), link("etc/b", "net.lo"));
    write(root, "etc/a", "x\n", 0755);
    symlink(root, "etc/b", "net.lo");
    var plan = new TreeWriter(root).plan(render);

    var comparison = TreeComparer.compare(render, root);

    for (var change : plan.changes()) {
      boolean kept = change.action() == Change.Action.KEEP;
      boolean same = statusOf(comparison, change.path().relative()) == DiffStatus.SAME;
      assertThat(same).as(change.path().relative()).isEqualTo(kept);
    }
  }
}
