package dev.netgen.cli;

import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import dev.netgen.model.InvalidValueException;
import dev.netgen.model.OutputPath;
import dev.netgen.write.Adoption;
import java.util.HashSet;
import java.util.List;

/** The --adopt options as the writer takes them: 'all', or paths as they are on the host. */
final class Adoptions {
  static final String ALL = "all";

  private Adoptions() {}

  static Adoption parse(List<String> options) {
    if (options.contains(ALL)) {
      return Adoption.ALL;
    }
    var paths = new HashSet<OutputPath>();
    for (String option : options) {
      try {
        paths.add(OutputPath.parse(option));
      } catch (InvalidValueException e) {
        throw new NetgenException(
            ExitCode.FAILURE,
            "bad --adopt value: "
                + e.getMessage()
                + "; give the path as render prints it (/etc/dnsmasq.conf), or all");
      }
    }
    return new Adoption(paths, false);
  }
}
