package dev.netgen.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.netgen.diag.NetgenException;
import dev.netgen.model.OutputPath;
import dev.netgen.render.FileSet;
import dev.netgen.render.RenderedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Small builders and disk probes shared by the writer tests. */
final class Trees {
  private Trees() {}

  /** The NetgenException call throws; fails the test when it throws none. */
  static NetgenException failure(ThrowingCallable call) {
    var e = catchThrowableOfType(NetgenException.class, call);
    assertThat(e).as("a NetgenException").isNotNull();
    return e;
  }

  static RenderedFile.Regular file(String path, String text, int mode) {
    return new RenderedFile.Regular(
        OutputPath.of(path), text.getBytes(StandardCharsets.UTF_8), mode);
  }

  static RenderedFile.Regular file(String path, String text) {
    return file(path, text, 0644);
  }

  static RenderedFile.Symlink link(String path, String target) {
    return new RenderedFile.Symlink(OutputPath.of(path), target);
  }

  static FileSet set(RenderedFile... files) {
    var set = new FileSet();
    for (var f : files) {
      set.add(f);
    }
    return set;
  }

  /** The permission bits as the kernel reports them (not through the code under test). */
  static int mode(Path path) throws IOException {
    return (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0777;
  }

  static long inode(Path path) throws IOException {
    return (Long) Files.getAttribute(path, "unix:ino", LinkOption.NOFOLLOW_LINKS);
  }

  static String read(Path path) throws IOException {
    return Files.readString(path, StandardCharsets.UTF_8);
  }

  /** Every entry under root whose name marks it as one of the writer's temporary files. */
  static List<Path> tempFiles(Path root) {
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(p -> p.getFileName().toString().startsWith(".netgen-tmp-")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> names(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
