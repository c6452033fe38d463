package dev.netgen.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkersTest {
  @Test
  void stackedMarkersAllExpectTheNextLineThatIsNotAMarker(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, "version: 1\n  # expect: a\n    # expect: b\nx: 1\n# expect: a\ny: 2\n# expect: not a marker\n");
    var markers = Markers.read(file);
    assertThat(markers.all())
        .containsExactly(new Markers.Marker("a", 2, 4), new Markers.Marker("b", 3, 4), new Markers.Marker("a", 5, 6));
    assertThat(markers.lines("a")).containsExactly(4, 6);
    assertThat(markers.lines("c")).isEmpty();
  }
}
