package dev.netgen.write;

import dev.netgen.model.OutputPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Atomic file writes (temp file, fsync, rename) carried out on a few threads at once. Each fsync
 * waits for the disk, and a journalling file system commits the fsyncs that wait together in one
 * go: on the 2-core benchmark machine (ext4 on a virtual disk, shared with other builds), 2,000
 * files took 2.1-5.0 s one at a time and 0.6-1.8 s eight at a time. The caller prepares each file's
 * folder first, in its own thread; only the writes of distinct paths run here, so their order among
 * themselves does not matter. {@link #awaitAll} waits for every write and then reports the failure
 * of the first path, in path order, as the one-at-a-time writer did; the writes of later paths may
 * have happened by then, which the manifest written before them already allows for (see Applier).
 */
final class FileWrites implements AutoCloseable {
  /** Enough writes in flight for the file system to group their commits. */
  static final int THREADS = 8;

  /** One atomic write of one file. */
  @FunctionalInterface
  interface Write {
    void run() throws IOException;
  }

  private record Pending(OutputPath path, Future<?> result) {}

  private final List<Pending> pending = new ArrayList<>();
  private ExecutorService pool;

  void submit(OutputPath path, Write write) {
    if (pool == null) {
      pool =
          Executors.newFixedThreadPool(
              THREADS,
              task -> {
                var thread = new Thread(task, "netgen-write");
                thread.setDaemon(true);
                return thread;
              });
    }
    pending.add(
        new Pending(
            path,
            pool.submit(
                () -> {
                  write.run();
                  return null;
                })));
  }

  /** Waits for every write; throws the first one's failure, in the order they were submitted. */
  void awaitAll() {
    RuntimeException first = null;
    for (var p : pending) {
      try {
        p.result().get();
      } catch (ExecutionException e) {
        if (first == null) {
          first =
              e.getCause() instanceof IOException io
                  ? IoFailures.cannot("write", p.path().absolute(), io)
                  : e.getCause() instanceof RuntimeException r
                      ? r
                      : new IllegalStateException(e.getCause());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while writing " + p.path().absolute(), e);
      }
    }
    pending.clear();
    if (first != null) {
      throw first;
    }
  }

  /**
   * Waits for writes still running (when a failure cut the caller short), so that none outlives the
   * render lock, then stops the threads.
   */
  @Override
  public void close() {
    for (var p : pending) {
      try {
        p.result().get();
      } catch (ExecutionException e) {
        // the caller is already failing with an earlier error
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    pending.clear();
    if (pool != null) {
      pool.shutdown();
    }
  }
}
