package dev.netgen.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL after every step of an adopting render ({@link RenderChild} {@code adopt-until N}, on
 * {@link AdminHost}): at each, every original is whole either in place or under
 * etc/netgen/adopted/, a re-run of the same render completes it, and uninstall then gives the host
 * back exactly as it was.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class AdoptionKillTest {
  @TempDir Path tmp;

  @Test
  void killedAtEveryStepNothingIsLostAndARerunConverges() throws Exception {
    int steps = 0;
    for (int stop = 1; ; stop++) {
      Path root = tmp.resolve("step-" + stop);
      AdminHost.build(root);
      var before = AdminHost.snapshot(root);
      String marker = runUntil(root, stop);
      if (marker.equals("done")) {
        break;
      }
      steps++;
      assertThat(marker).startsWith("at " + stop + " ");

      for (String path : AdminHost.ADOPTED) {
        var inPlace = subtree(root.resolve(path));
        var kept = subtree(root.resolve("etc/netgen/adopted/" + path));
        var original = originalOf(before, path);
        assertThat(inPlace.equals(original) || kept.equals(original))
            .as(
                "killed after '%s': the original of %s is whole in place or kept%n in place: %s%n kept: %s",
                marker, path, inPlace, kept)
            .isTrue();
      }

      new TreeWriter(root).write(AdminHost.render(), Adoption.ALL);

      assertThat(new TreeWriter(root).write(AdminHost.render()).changed())
          .as("after '%s', the re-run converged", marker)
          .isFalse();
      for (String path : AdminHost.ADOPTED) {
        assertThat(subtree(root.resolve("etc/netgen/adopted/" + path)))
            .as("after '%s': %s kept", marker, path)
            .isEqualTo(originalOf(before, path));
      }
      new Uninstaller(root).run();
      assertThat(AdminHost.snapshot(root))
          .as("killed after '%s', re-run, uninstalled", marker)
          .isEqualTo(before);
    }
    // The interim manifest is already the final one (nothing is removed), so no last manifest
    // write.
    assertThat(steps).as("interim manifest, 5 adoptions, 9 writes").isEqualTo(15);
  }

  /** Starts the child, waits for its marker, kills it with SIGKILL while it waits there. */
  private static String runUntil(Path root, int stop) throws Exception {
    var command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            RenderChild.class.getName(),
            "adopt-until",
            root.toString(),
            Integer.toString(stop));
    var process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    try {
      var out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String marker = out.readLine();
      assertThat(marker).as("the child's marker").isNotNull();
      return marker;
    } finally {
      process.destroyForcibly(); // SIGKILL
      process.waitFor();
    }
  }

  private static Map<String, AdminHost.Entry> subtree(Path at) throws Exception {
    var entries = new TreeMap<String, AdminHost.Entry>();
    if (Files.exists(at, LinkOption.NOFOLLOW_LINKS)) {
      entries.put("", AdminHost.entry(at));
      if (Files.isDirectory(at, LinkOption.NOFOLLOW_LINKS)) {
        entries.putAll(AdminHost.snapshot(at, at));
      }
    }
    return entries;
  }

  private static Map<String, AdminHost.Entry> originalOf(
      Map<String, AdminHost.Entry> before, String path) {
    var entries = new TreeMap<String, AdminHost.Entry>();
    before.forEach(
        (p, e) -> {
          if (p.equals(path)) {
            entries.put("", e);
          } else if (p.startsWith(path + "/")) {
            entries.put(p.substring(path.length() + 1), e);
          }
        });
    return entries;
  }
}
