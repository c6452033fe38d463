package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Guest;
import dev.netgen.model.Model;
import dev.netgen.model.OutputKey;
import dev.netgen.model.OutputPath;
import dev.netgen.model.Wiring;
import java.util.Map;

/**
 * path-length: every path the model makes fits an output path's limit. The grammar bounds each path
 * written in the model (OutputPath: 1,024 characters, segments of 128, far below NAME_MAX); a path
 * built from two values, the qemu folder of outputs: and a guest's name, can still pass it, and is
 * reported here, at the guest, before render would have to refuse it.
 */
public final class PathLength extends Rule {
  private static final String SUFFIX = ".args";

  public PathLength() {
    super(
        "path-length",
        Kind.SAFETY,
        Severity.ERROR,
        "every file the model makes has a path of at most 1024 characters (the qemu folder plus a guest's name and .args included)",
        new Message(
            "qemu-file",
            "guest '{{guest}}': its QEMU arguments file {{folder}}/{{guest}}.args would be {{length}} characters long after its leading '/', more than the {{max}} an output path may have",
            "shorten the qemu folder of outputs: (line {{line}}) or the guest's name"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    // The default qemu folder (/etc/netgen/qemu) leaves room for any guest name (at most 63).
    var folder = model.outputs().get(OutputKey.QEMU);
    if (folder == null) {
      return;
    }
    String relative = folder.value().relative();
    for (Guest guest : model.guests().values()) {
      String name = guest.name().value().text();
      int length = relative.length() + 1 + name.length() + SUFFIX.length();
      if (length > OutputPath.MAX_LENGTH) {
        reporter.report(
            guest.name().at(),
            "qemu-file",
            Map.of(
                "guest",
                name,
                "folder",
                shortened(folder.value().absolute()),
                "length",
                length,
                "max",
                OutputPath.MAX_LENGTH,
                "line",
                folder.at().line()));
      }
    }
  }

  /** A folder of a thousand characters, cut in the middle so the message stays readable. */
  private static String shortened(String folder) {
    return folder.length() <= 60
        ? folder
        : folder.substring(0, 28) + "..." + folder.substring(folder.length() - 28);
  }
}
