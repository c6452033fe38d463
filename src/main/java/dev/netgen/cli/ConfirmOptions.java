package dev.netgen.cli;

import dev.netgen.apply.Apply;
import dev.netgen.apply.ConfirmWindow;
import dev.netgen.apply.Pending;
import dev.netgen.apply.PendingApply;
import dev.netgen.apply.ProbeTarget;
import dev.netgen.apply.RollbackStore;
import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import dev.netgen.load.ModelLoader;
import dev.netgen.render.FileSet;
import dev.netgen.write.Adoption;
import dev.netgen.write.LiveEntry;
import dev.netgen.write.Manifest;
import dev.netgen.write.OutputRoot;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * apply's confirm-or-rollback options (--confirm-within, --probe) and what they do: before any
 * step, refuse while an earlier apply waits; with a window, keep the previous files, hand the apply
 * to a detached watcher ({@link Watcher}) and print what it logs until its verdict.
 */
public final class ConfirmOptions {
  @Option(
      names = "--confirm-within",
      paramLabel = "DURATION",
      description =
          "keep the change only if `netgen confirm` runs (from any session) or every --probe"
              + " answers within DURATION (90s, 2m, 1h; 5s to 1h); otherwise put the previous"
              + " files back and apply them again (exit 1)")
  String within;

  @Option(
      names = "--probe",
      paramLabel = "HOST[:PORT]",
      description =
          "with --confirm-within: a host that must answer a ping, or HOST:PORT ([IPv6]:PORT) that"
              + " must accept a TCP connection, for the change to be kept (repeatable)")
  List<String> probes = new ArrayList<>();

  /**
   * Called by apply once the model is rendered and before it acts: refuses (exit 2) while an
   * earlier apply waits; with --confirm-within, runs this apply through a watcher and returns its
   * exit code; empty when apply should act as usual.
   */
  Optional<Integer> act(
      Io io, Path root, Watcher.Request request, Apply apply, Adoption adoption, FileSet files) {
    var window = within == null ? null : ConfirmWindow.parse(within);
    var targets = probes.stream().map(ProbeTarget::parse).toList();
    if (window == null && !targets.isEmpty()) {
      throw new NetgenException(ExitCode.FAILURE, "--probe needs --confirm-within");
    }
    var store = RollbackStore.under(root);
    var pending = new Pending(store, Watcher::alive);
    if (window == null) {
      if (!store.exists()) {
        return Optional.empty();
      }
      store.locked(
          () -> {
            pending.refuseWhileWaiting();
            return null;
          });
      return Optional.empty();
    }
    store.locked(
        () -> {
          pending.refuseWhileWaiting();
          var preview = apply.preview(files, adoption);
          preview.write().requireOwnership();
          var state =
              new PendingApply(
                  request.model(),
                  request.target(),
                  request.adopt(),
                  Instant.now(),
                  window.length(),
                  Optional.empty(),
                  targets.stream().map(ProbeTarget::text).toList(),
                  0,
                  PendingApply.Status.ACTING,
                  "");
          store.keep(preview.transition(), manifest(root), modelBytes(io, request), files, state);
          return null;
        });
    Watcher.start(store, request);
    return Optional.of(Watcher.follow(io, store));
  }

  private static byte[] modelBytes(Io io, Watcher.Request request) {
    return io.sources()
        .bytes(ModelLoader.nameOf(request.model()))
        .orElseThrow(() -> new IllegalStateException("the model was not read"));
  }

  private static Optional<byte[]> manifest(Path root) {
    try {
      return OutputRoot.forReading(root).inspect(Manifest.PATH) instanceof LiveEntry.File file
          ? Optional.of(file.content())
          : Optional.empty();
    } catch (IOException e) {
      throw new NetgenException(
          ExitCode.FAILURE, "cannot read " + Manifest.PATH.absolute() + ": " + e.getMessage());
    }
  }
}
