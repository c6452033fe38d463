package dev.netgen.write;

import static dev.netgen.write.Trees.failure;
import static dev.netgen.write.Trees.file;
import static dev.netgen.write.Trees.set;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.diag.ExitCode;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Live files are read up to {@link LiveEntry#MAX_READ}; a larger one is never netgen's. */
class BoundedReadTest {
  @TempDir Path tmp;

  @Test
  void anOwnedFileGrownPastTheLimitIsKeptAsChangedByHandWithoutBeingRead() throws Exception {
    Path root = tmp.resolve("out");
    var render = set(file("etc/dnsmasq.conf", "port=0\n"));
    new TreeWriter(root).write(render);
    try (var grown = new RandomAccessFile(root.resolve("etc/dnsmasq.conf").toFile(), "rw")) {
      grown.setLength(LiveEntry.MAX_READ + 1L);
    }

    var plan = new TreeWriter(root).plan(set(file("etc/dnsmasq.conf", "port=53\n")));

    var change = plan.changes().get(0);
    assertThat(change.action()).isEqualTo(Change.Action.KEEP_CHANGED);
    assertThat(change.live()).isEqualTo(new LiveEntry.Oversized(LiveEntry.MAX_READ + 1L, 0644));
    assertThat(change.live().describe())
        .isEqualTo("a regular file of 16777217 bytes (over 16 MiB: netgen does not read it)");
  }

  @Test
  void aRenderedFilePastTheLimitIsRefusedBeforeAnythingIsWritten() {
    Path root = tmp.resolve("out");
    var huge = new String(new char[LiveEntry.MAX_READ + 1]).replace('\0', '#');

    var e = failure(() -> new TreeWriter(root).write(set(file("etc/big.conf", huge))));

    assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(e.getMessage())
        .isEqualTo(
            "cannot write /etc/big.conf: 16777217 bytes, more than the 16 MiB netgen reads back");
    assertThat(root.resolve("etc/big.conf")).doesNotExist();
  }
}
