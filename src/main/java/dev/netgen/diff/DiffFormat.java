package dev.netgen.diff;

import java.io.PrintWriter;

/** One way of printing a comparison on standard output (--format). */
public interface DiffFormat {
  void print(Comparison comparison, PrintWriter out);
}
