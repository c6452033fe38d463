package dev.netgen.write;

import dev.netgen.diag.NetgenException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A second JVM for the writer robustness tests. Its markers on standard output are the only
 * synchronisation the tests use:
 *
 * <ul>
 *   <li>{@code once ROOT VERSION FILES BYTES}: prints "ready", waits for a line on standard input,
 *       writes render VERSION ({@link Versions}), prints "done" (or "failed: MESSAGE", exit 2);
 *   <li>{@code loop ROOT FILES BYTES}: writes A, B, A, B, ... for ever, printing "writing N V"
 *       before the N-th render starts; the test kills it;
 *   <li>{@code adopt-until ROOT N}: writes {@link AdminHost#render()} adopting everything, and
 *       after its N-th step that changed the disk prints "at N STEP" and waits (for SIGKILL);
 *       prints "done" when the render has fewer steps.
 * </ul>
 */
public final class RenderChild {
  private RenderChild() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[1]);
    if (args[0].equals("adopt-until")) {
      adoptUntil(root, Integer.parseInt(args[2]));
      return;
    }
    if (args[0].equals("once")) {
      char version = args[2].charAt(0);
      var render = Versions.render(version, Integer.parseInt(args[3]), Integer.parseInt(args[4]));
      System.out.println("ready");
      System.out.flush();
      new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      try {
        new TreeWriter(root).write(render);
        System.out.println("done");
      } catch (NetgenException e) {
        System.out.println("failed: " + e.getMessage());
        System.out.flush();
        System.exit(2);
      }
      return;
    }
    loop(root, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
  }

  private static void adoptUntil(Path root, int stop) throws Exception {
    var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    int[] count = {0};
    new TreeWriter(root)
        .write(
            AdminHost.render(),
            Adoption.ALL,
            step -> {
              if (++count[0] == stop) {
                System.out.println("at " + stop + " " + step);
                System.out.flush();
                try {
                  in.readLine();
                } catch (java.io.IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              }
            });
    System.out.println("done");
  }

  private static void loop(Path root, int files, int bytes) {
    var renders =
        new dev.netgen.render.FileSet[] {
          Versions.render('A', files, bytes), Versions.render('B', files, bytes)
        };
    for (long n = 1; ; n++) {
      char version = n % 2 == 1 ? 'A' : 'B';
      System.out.println("writing " + n + " " + version);
      System.out.flush();
      new TreeWriter(root).write(renders[n % 2 == 1 ? 0 : 1]);
    }
  }
}
