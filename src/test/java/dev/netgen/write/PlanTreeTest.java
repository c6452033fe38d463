package dev.netgen.write;

import static dev.netgen.write.Trees.failure;
import static dev.netgen.write.Trees.file;
import static dev.netgen.write.Trees.link;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.diag.ExitCode;
import dev.netgen.render.FileSet;
import dev.netgen.render.RenderedFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole tree is planned before the first write: a render whose paths need one entry to be a
 * file and a folder at once is refused by --dry-run and by render alike, whatever order the paths
 * come in and whatever sorts between them, and render then writes nothing.
 */
class PlanTreeTest {
  @TempDir Path tmp;

  /**
   * What `outputs: {iptables: /etc/netgen/q, ebtables: /etc/netgen/q-e.sh, qemu: /etc/netgen/q}`
   * renders: '-' sorts between "q" and "q/", so the file and the path below it are not neighbours.
   */
  private static final List<RenderedFile> FILE_ABOVE_FOLDER =
      List.of(
          file("etc/conf.d/net", "net\n"),
          file("etc/netgen/q", "iptables\n", 0755),
          file("etc/netgen/q-e.sh", "ebtables\n", 0755),
          file("etc/netgen/q/win7.args", "-netdev tap\n"),
          link("etc/netgen/q0", "q"));

  @Test
  void fileAboveAPathOfTheSameRenderIsRefusedUpFrontInEveryOrder() throws Exception {
    var orders = permutations(FILE_ABOVE_FOLDER);
    assertThat(orders).hasSize(120);
    for (var order : orders) {
      Path root = Files.createTempDirectory(tmp, "root");
      var render = new FileSet();
      order.forEach(render::add);

      var dry = failure(() -> new TreeWriter(root).plan(render));
      var real = failure(() -> new TreeWriter(root).write(render));

      assertThat(dry.exitCode()).as("dry run, order %s", order).isEqualTo(ExitCode.FAILURE);
      assertThat(real.getMessage())
          .as("render says what the dry run says")
          .isEqualTo(dry.getMessage());
      assertThat(dry.getMessage())
          .isEqualTo(
              "cannot write /etc/netgen/q/win7.args: /etc/netgen/q is a file of the same render,"
                  + " so it cannot also be a folder; give that output another path");
      assertThat(entries(root)).as("render wrote nothing, order %s", order).isEmpty();
    }
  }

  @Test
  void liveFileWhereAFolderGoesIsRefusedByTheDryRunAndRenderAlike() throws Exception {
    Path root = tmp.resolve("out");
    Files.createDirectories(root.resolve("etc/netgen"));
    Files.writeString(root.resolve("etc/netgen/q"), "the admin's\n");
    var render = new FileSet().add(file("etc/aaa", "a\n")).add(file("etc/netgen/q/x", "x\n"));

    var dry = failure(() -> new TreeWriter(root).plan(render));
    var real = failure(() -> new TreeWriter(root).write(render));

    assertThat(dry.getMessage())
        .isEqualTo(real.getMessage())
        .isEqualTo("cannot write /etc/netgen/q/x: /etc/netgen/q is not a directory");
    assertThat(root.resolve("etc/aaa")).doesNotExist();
  }

  private static List<String> entries(Path root) throws Exception {
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString()).toList();
    }
  }

  private static <T> List<List<T>> permutations(List<T> items) {
    if (items.isEmpty()) {
      return List.of(List.of());
    }
    var all = new ArrayList<List<T>>();
    for (int i = 0; i < items.size(); i++) {
      var rest = new ArrayList<>(items);
      T first = rest.remove(i);
      for (var tail : permutations(rest)) {
        var order = new ArrayList<T>();
        order.add(first);
        order.addAll(tail);
        all.add(order);
      }
    }
    return all;
  }
}
