package dev.netgen.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.testing.CliRun;
import org.junit.jupiter.api.Test;

/**
 * A model whose qemu folder and guest name make a path longer than an output path may be: lint
 * refuses it (path-length), and render under --force reports it at the guest (exit 2) instead of
 * failing with an internal error.
 */
class LongPathRenderTest {
  private static final String CASE = "fixtures/hostile/path-long-qemu-file.yaml";

  @Test
  void renderUnderForceRefusesTheLongPathAtTheGuestWithoutAnInternalError() {
    for (String target : Targets.ids()) {
      var run = CliRun.run("render", CASE, "--force", "--stdout", "--target", target);

      assertThat(run.exit()).as(run.toString()).isEqualTo(2);
      assertThat(run.err())
          .as(run.toString())
          .doesNotContain("internal error")
          .doesNotContain("\tat ")
          .contains(
              "path-long-qemu-file.yaml:16:3: error[render]: guest"
                  + " 'g0000000000000000000000000000000000000000000000000000000000000': its QEMU"
                  + " arguments file would be longer than the 1024 characters an output path may"
                  + " have");
    }
  }
}
