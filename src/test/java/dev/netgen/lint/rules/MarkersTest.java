package dev.netgen.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkersTest {
  @Test
  void stackedMarkersAllExpectTheNextLineThatIsNotAMarker(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(
        file,
        "version: 1\n  # expect: a/x\n    # expect: b/y,z\nx: 1\n# expect: a/w\ny: 2\n# expects nothing\n");
    var markers = Markers.read(file);
    assertThat(markers.all())
        .containsExactly(
            new Markers.Marker(file.toString(), "a", "x", 2, 4),
            new Markers.Marker(file.toString(), "b", "y", 3, 4),
            new Markers.Marker(file.toString(), "b", "z", 3, 4),
            new Markers.Marker(file.toString(), "a", "w", 5, 6));
    assertThat(markers.of("a")).extracting(Markers.Marker::target).containsExactly(4, 6);
    assertThat(markers.of("c")).isEmpty();
  }

  @Test
  void aMarkerWithoutMessageIdIsRefusedNotIgnored(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, "version: 1\n# expect: mac-unique\nx: 1\n");
    assertThatThrownBy(() -> Markers.read(file))
        .hasMessageContaining("bad.yaml:2: write a marker as `# expect: RULE-ID/MESSAGE-ID`");
  }
}
