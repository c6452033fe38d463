package dev.netgen.write;

import static dev.netgen.write.Trees.failure;
import static dev.netgen.write.Trees.mode;
import static dev.netgen.write.Trees.tempFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.netgen.diag.ExitCode;
import dev.netgen.model.OutputPath;
import dev.netgen.render.FileSet;
import dev.netgen.testing.CliRun;
import dev.netgen.testing.RealTool;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer under what happens on real hosts: two renders at once from two processes, a render
 * killed with SIGKILL, a destination that cannot be written, any umask. Child JVMs run {@link
 * RenderChild} on the test class path; they are synchronised only through the markers they print.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class WriterRobustnessTest {
  /**
   * Large enough (2 MB, 250 fsynced files a render) for a kill or a second render to land inside.
   */
  private static final String FILES = "200";

  private static final String BYTES = "8192";
  private static final FileSet A =
      Versions.render('A', Integer.parseInt(FILES), Integer.parseInt(BYTES));
  private static final FileSet B =
      Versions.render('B', Integer.parseInt(FILES), Integer.parseInt(BYTES));

  @TempDir Path tmp;

  @Test
  void twoRendersAtOnceFromTwoProcessesLeaveExactlyOneOfThem() throws Exception {
    for (int round = 0; round < 3; round++) {
      Path root = tmp.resolve("round-" + round);
      try (var a = Child.start("once", root.toString(), "A", FILES, BYTES);
          var b = Child.start("once", root.toString(), "B", FILES, BYTES)) {
        assertThat(a.readLine()).isEqualTo("ready");
        assertThat(b.readLine()).isEqualTo("ready");
        // Both are waiting on their standard input: one line each lets them go together.
        (round % 2 == 0 ? a : b).say("go");
        (round % 2 == 0 ? b : a).say("go");

        assertThat(a.readLine()).as("render A").isEqualTo("done");
        assertThat(b.readLine()).as("render B").isEqualTo("done");
        assertThat(a.exitCode()).isZero();
        assertThat(b.exitCode()).isZero();
      }
      boolean isA = isExactly(root, A);
      boolean isB = isExactly(root, B);
      assertThat(isA || isB)
          .as(
              "round %d: the root holds exactly render A or exactly render B, not a mix:%n%s",
              round, describe(root))
          .isTrue();
    }
  }

  @Test
  void renderKilledMidwayLeavesEveryFileWholeAndTheNextRenderCleansUp() throws Exception {
    Path root = tmp.resolve("out");
    new TreeWriter(root).write(A);
    var union = Versions.union(A, B);
    long seed = System.nanoTime();
    var random = new Random(seed);
    int tornOrStray = 0;
    for (int round = 0; round < 6; round++) {
      int renders = 1 + random.nextInt(3);
      try (var child = Child.start("loop", root.toString(), FILES, BYTES)) {
        String marker;
        do {
          marker = child.readLine();
          assertThat(marker)
              .as("seed %d round %d: child output", seed, round)
              .startsWith("writing ");
        } while (!marker.startsWith("writing " + renders + " "));
        // The marker says the child is inside render number `renders`; this delay only spreads the
        // kill over that render (lock, plan, interim manifest, removals, writes, fsyncs).
        LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(random.nextInt(400_000)));
        child.kill();
      }
      for (var entry : union.entrySet()) {
        var live = LiveEntry.read(root.resolve(entry.getKey().relative()));
        if (entry.getKey().equals(Manifest.PATH)) {
          assertThat(isWholeManifest(live))
              .as("seed %d round %d: the manifest is whole: %s", seed, round, live)
              .isTrue();
        } else if (!(live instanceof LiveEntry.Missing)
            && Versions.whichVersion(entry.getValue(), live).isEmpty()) {
          tornOrStray++;
          fail(
              "seed %d round %d: %s is neither A's nor B's version, whole: %s",
              seed, round, entry.getKey(), live);
        }
      }
      assertThat(entriesOutside(root, union.keySet()))
          .as("seed %d round %d: nothing but A's, B's and temporary files", seed, round)
          .allMatch(p -> p.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX));
      assertThat(ownedButUnlisted(root, union.keySet()))
          .as(
              "seed %d round %d: every file a render created is in the manifest, so the next render can remove it",
              seed, round)
          .isEmpty();
      assertThat(notRecognised(root, union.keySet()))
          .as(
              "seed %d round %d: every owned file holds what the manifest records, so no render takes it for a hand edit",
              seed, round)
          .isEmpty();
    }
    assertThat(tornOrStray).isZero();

    new TreeWriter(root).write(A);

    assertThat(isExactly(root, A))
        .as("after the kills, one render restores exactly A:%n%s", describe(root))
        .isTrue();
    assertThat(tempFiles(root)).as("temporary files of killed renders are swept").isEmpty();
  }

  @Test
  void immutableFolderGivesExit2AndLeavesEveryFileWholeAndNoTempFile() throws Exception {
    Path root = tmp.resolve("out");
    new TreeWriter(root).write(A);
    Path shared = root.resolve("etc/netgen/shared");
    try (var immutable = Immutable.make(shared)) {
      var e = failure(() -> new TreeWriter(root).write(B));

      assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE);
      assertThat(e.getMessage())
          .isEqualTo("cannot write /etc/netgen/shared/f0.conf: operation not permitted");
    }
    assertThat(tempFiles(root)).isEmpty();
    for (var entry : Versions.union(A, B).entrySet()) {
      var live = LiveEntry.read(root.resolve(entry.getKey().relative()));
      if (!entry.getKey().equals(Manifest.PATH) && !(live instanceof LiveEntry.Missing)) {
        assertThat(Versions.whichVersion(entry.getValue(), live))
            .as("%s is whole", entry.getKey())
            .isPresent();
      }
    }
    assertThat(ownedButUnlisted(root, Versions.union(A, B).keySet())).isEmpty();

    new TreeWriter(root).write(B);
    assertThat(isExactly(root, B))
        .as("once writable, the next render completes:%n%s", describe(root))
        .isTrue();
  }

  @Test
  void immutableManifestStopsTheRenderBeforeAnyFileChanges() throws Exception {
    Path root = tmp.resolve("out");
    new TreeWriter(root).write(A);
    try (var immutable = Immutable.make(root.resolve("etc/netgen/manifest"))) {
      var e = failure(() -> new TreeWriter(root).write(B));

      assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE);
      assertThat(e.getMessage())
          .isEqualTo("cannot write /etc/netgen/manifest: operation not permitted");
      assertThat(isExactly(root, A)).as("nothing of B was written:%n%s", describe(root)).isTrue();
    }
    assertThat(tempFiles(root)).isEmpty();
  }

  @Test
  void immutableRootGivesExit2AndCreatesNothing() throws Exception {
    Path root = Files.createDirectory(tmp.resolve("out"));
    try (var immutable = Immutable.make(root)) {
      var e = failure(() -> new TreeWriter(root).write(A));

      assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE);
      assertThat(e.getMessage())
          .isEqualTo("cannot lock /etc/netgen/.lock: operation not permitted");
      assertThat(Trees.names(root)).isEmpty();
    }
  }

  @Test
  void renderCommandIntoAnImmutableFolderExits2NamingTheFileAndLeavesEveryFileWhole()
      throws Exception {
    Path root = tmp.resolve("out");
    assertThat(CliRun.run("render", "fixtures/nat/model.yaml", "--out", root.toString()).exit())
        .isZero();
    var before = snapshot(root);
    try (var immutable = Immutable.make(root.resolve("etc/conf.d"))) {
      var run = CliRun.run("render", "fixtures/bridged/model.yaml", "--out", root.toString());

      assertThat(run.exit()).as("%s", run).isEqualTo(ExitCode.FAILURE);
      assertThat(run.err())
          .isEqualTo("netgen: cannot write /etc/conf.d/net: operation not permitted\n");
      assertThat(run.out()).isEmpty();
    }
    assertThat(tempFiles(root)).isEmpty();
    assertThat(LiveEntry.read(root.resolve("etc/conf.d/net")))
        .as("the old file, whole")
        .isEqualTo(before.get("etc/conf.d/net"));
    assertThat(CliRun.run("render", "fixtures/bridged/model.yaml", "--out", root.toString()).exit())
        .as("once writable, the render completes")
        .isZero();
  }

  private static java.util.Map<String, LiveEntry> snapshot(Path root) throws IOException {
    var entries = new java.util.TreeMap<String, LiveEntry>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.toList()) {
        entries.put(root.relativize(p).toString(), LiveEntry.read(p));
      }
    }
    return entries;
  }

  @Test
  void modesAreExactWhateverTheUmask() throws Exception {
    for (String umask : new String[] {"077", "000", "027"}) {
      Path root = tmp.resolve("umask-" + umask);
      for (String version : new String[] {"A", "B"}) {
        try (var child =
            Child.startWithUmask(umask, "once", root.toString(), version, "4", "100")) {
          assertThat(child.readLine()).isEqualTo("ready");
          child.say("go");
          assertThat(child.readLine()).as("umask %s render %s", umask, version).isEqualTo("done");
        }
        int fileMode = Versions.mode(version.charAt(0));
        assertThat(mode(root.resolve("etc/netgen/shared/f0.conf")))
            .as("umask %s", umask)
            .isEqualTo(fileMode);
        assertThat(mode(root.resolve("etc/netgen/only-" + version + "/g0.conf")))
            .as("umask %s", umask)
            .isEqualTo(fileMode);
        assertThat(mode(root.resolve("etc/netgen/manifest"))).as("umask %s", umask).isEqualTo(0644);
        for (String folder :
            new String[] {
              "etc", "etc/netgen", "etc/netgen/shared", "etc/netgen/only-" + version, "etc/init.d"
            }) {
          assertThat(mode(root.resolve(folder))).as("umask %s: %s", umask, folder).isEqualTo(0755);
        }
        // Writable by others, the lock would let any local user hold it and stall every render.
        assertThat(mode(root.resolve("etc/netgen/.lock")))
            .as("umask %s: the lock", umask)
            .isEqualTo(0600);
      }
      assertThat(tempFiles(root)).isEmpty();
    }
  }

  /**
   * Every path of the render as written, a manifest recording exactly those (its folder lines
   * depend on which folders earlier renders made), and nothing else but the lock.
   */
  private static boolean isExactly(Path root, FileSet render) throws IOException {
    var wanted = Manifest.withManifest(render);
    for (var file : wanted.files()) {
      var live = LiveEntry.read(root.resolve(file.path().relative()));
      if (file.path().equals(Manifest.PATH)
          ? !recordsExactly(live, render)
          : !Versions.matches(file, live)) {
        return false;
      }
    }
    var paths = new TreeSet<OutputPath>();
    wanted.files().forEach(f -> paths.add(f.path()));
    return entriesOutside(root, paths).isEmpty();
  }

  private static boolean recordsExactly(LiveEntry manifest, FileSet render) {
    if (!(manifest instanceof LiveEntry.File f)) {
      return false;
    }
    var entries = Manifest.parse(f.content()).entries();
    var expected = Manifest.parse(Manifest.of(render).content()).entries();
    return entries.equals(expected);
  }

  /** Files and links under root that are not at one of these paths (the lock aside). */
  private static List<Path> entriesOutside(Path root, Set<OutputPath> paths) throws IOException {
    var relative = new TreeSet<String>();
    paths.forEach(p -> relative.add(p.relative()));
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .filter(p -> !p.equals(root.resolve("etc/netgen/.lock")))
          .filter(p -> !relative.contains(root.relativize(p).toString()))
          .toList();
    }
  }

  /** Paths of A or B present on disk that the manifest on disk does not list. */
  private static List<OutputPath> ownedButUnlisted(Path root, Set<OutputPath> union)
      throws IOException {
    var manifest = LiveEntry.read(root.resolve(Manifest.PATH.relative()));
    var listed =
        manifest instanceof LiveEntry.File f
            ? Manifest.parse(f.content()).paths()
            : Set.<OutputPath>of();
    var missing = new ArrayList<OutputPath>();
    for (var path : union) {
      if (path.equals(Manifest.PATH)) {
        continue; // the manifest does not list itself
      }
      if (!(LiveEntry.read(root.resolve(path.relative())) instanceof LiveEntry.Missing)
          && !listed.contains(path)) {
        missing.add(path);
      }
    }
    return missing;
  }

  /**
   * A manifest netgen wrote whole: its header, its last newline, and not a line it would ignore.
   */
  private static boolean isWholeManifest(LiveEntry live) {
    if (!(live instanceof LiveEntry.File file)) {
      return false;
    }
    String text = new String(file.content(), StandardCharsets.UTF_8);
    return text.startsWith(Manifest.HEADER + "\n")
        && text.endsWith("\n")
        && Manifest.parse(file.content()).warnings().isEmpty();
  }

  /**
   * Paths of A or B on disk that the manifest lists but whose line does not record what they hold.
   */
  private static List<OutputPath> notRecognised(Path root, Set<OutputPath> union)
      throws IOException {
    var manifest = LiveEntry.read(root.resolve(Manifest.PATH.relative()));
    if (!(manifest instanceof LiveEntry.File f)) {
      return List.of();
    }
    var owned = Manifest.parse(f.content());
    var wrong = new ArrayList<OutputPath>();
    for (var path : union) {
      var live = LiveEntry.read(root.resolve(path.relative()));
      var entry = owned.entry(path);
      if (entry.isPresent() && !(live instanceof LiveEntry.Missing) && !entry.get().holds(live)) {
        wrong.add(path);
      }
    }
    return wrong;
  }

  private static String describe(Path root) {
    try (Stream<Path> all = Files.walk(root)) {
      var lines = new StringBuilder();
      all.sorted()
          .limit(40)
          .forEach(
              p -> {
                try {
                  lines
                      .append("  ")
                      .append(root.relativize(p))
                      .append(": ")
                      .append(LiveEntry.read(p))
                      .append('\n');
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      return lines.toString();
    } catch (IOException e) {
      return "  (cannot list " + root + ": " + e + ")";
    }
  }

  /** A JVM running {@link RenderChild} on the test class path. */
  private record Child(Process process, BufferedReader out, PrintWriter in)
      implements AutoCloseable {
    static Child start(String... args) throws IOException {
      return start(command(args));
    }

    /** Through sh, so the child starts with this umask (Java cannot set its own). */
    static Child startWithUmask(String umask, String... args) throws IOException {
      var command =
          new ArrayList<String>(
              List.of("/bin/sh", "-c", "umask " + umask + " && exec \"$0\" \"$@\""));
      command.addAll(command(args));
      return start(command);
    }

    private static List<String> command(String... args) {
      var command = new ArrayList<String>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(RenderChild.class.getName());
      command.addAll(List.of(args));
      return command;
    }

    private static Child start(List<String> command) throws IOException {
      var process =
          new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      return new Child(
          process,
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)),
          new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8));
    }

    String readLine() throws IOException {
      return out.readLine();
    }

    void say(String line) {
      in.println(line);
    }

    /** SIGKILL (destroyForcibly on Linux), then wait until the kernel has released its lock. */
    void kill() throws InterruptedException {
      process.destroyForcibly();
      process.waitFor();
    }

    int exitCode() throws InterruptedException {
      return process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
      process.destroyForcibly();
      process.waitFor();
    }
  }

  /**
   * chattr +i: the one thing that stops root (these tests run as root in CI) from writing a file or
   * folder. Undone on close, or @TempDir could not clean up. Missing chattr or a file system
   * without the attribute skips the test, or fails it under CI=true.
   */
  private record Immutable(Path path) implements AutoCloseable {
    static Immutable make(Path path) throws Exception {
      RealTool.requireRoot();
      Path chattr = RealTool.require("chattr", "e2fsprogs");
      var result = run(chattr.toString(), "+i", path.toString());
      if (!result.isEmpty()) {
        String why = "chattr +i does not work on " + path + " (" + result.strip() + ")";
        if (RealTool.inCi()) {
          fail(why + "; CI needs a file system with the immutable attribute (ext4, xfs, btrfs)");
        }
        Assumptions.abort("SKIPPED: " + why);
      }
      return new Immutable(path);
    }

    @Override
    public void close() throws Exception {
      var result = run("chattr", "-i", path.toString());
      assertThat(result).as("chattr -i %s", path).isEmpty();
    }

    /** Empty when the command succeeded, else its output and exit code. */
    private static String run(String... command) throws Exception {
      var process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int exit = process.waitFor();
      return exit == 0 ? "" : output + " exit " + exit;
    }
  }
}
