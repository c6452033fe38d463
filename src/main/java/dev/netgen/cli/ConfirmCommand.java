package dev.netgen.cli;

import dev.netgen.apply.Pending;
import dev.netgen.apply.RollbackStore;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** `netgen confirm`: keep what a waiting `apply --confirm-within` did (docs/apply-rollback.md). */
@Command(
    name = "confirm",
    mixinStandardHelpOptions = true,
    description = {
      "Keep the change of an apply that waits for a confirmation (apply --confirm-within),",
      "from any session: its watcher stops waiting and the previous files are not put back."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  confirmed: the change is kept",
      "  1  too late: the window closed and the previous files were put back",
      "  2  nothing waits for a confirmation, or the state cannot be read",
      "",
      "Examples:",
      "  netgen apply /etc/netgen/model.yaml --confirm-within 2m   # in one session",
      "  netgen confirm                                            # in a second one"
    })
public final class ConfirmCommand implements Callable<Integer> {
  private final Io io;
  private final Path root;

  public ConfirmCommand(Io io) {
    this(io, Path.of("/"));
  }

  /** Confirming under another root (tests). */
  ConfirmCommand(Io io, Path root) {
    this.io = io;
    this.root = root;
  }

  @Override
  public Integer call() {
    var store = RollbackStore.under(root);
    var confirmed =
        store.exists()
            ? store.locked(() -> new Pending(store, Watcher::alive).confirm())
            : Pending.NOTHING;
    var out = confirmed.exitCode() == 0 ? io.out() : io.err();
    out.println((confirmed.exitCode() == 0 ? "" : "netgen: ") + confirmed.message());
    out.flush();
    return confirmed.exitCode();
  }
}
