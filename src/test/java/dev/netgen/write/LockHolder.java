package dev.netgen.write;

import dev.netgen.diag.NetgenException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A second process for the lock tests: {@code hold ROOT} takes the render lock, prints "locked",
 * keeps it until its standard input closes, then prints "released"; {@code try ROOT} tries for 100
 * ms and prints "locked" or "busy".
 */
public final class LockHolder {
  private LockHolder() {}

  @SuppressWarnings("try") // each lock is held for its block, never used in it
  public static void main(String[] args) throws IOException {
    var root = OutputRoot.forWriting(Path.of(args[1]));
    if (args[0].equals("try")) {
      try (var lock = RenderLock.acquire(root, Duration.ofMillis(100))) {
        System.out.println("locked");
      } catch (NetgenException e) {
        System.out.println("busy");
      }
      return;
    }
    try (var lock = RenderLock.acquire(root, Duration.ofSeconds(10))) {
      System.out.println("locked");
      System.out.flush();
      System.in.readAllBytes();
    }
    System.out.println("released");
  }
}
