/**
 * netgen check: the running host against the model (docs/check.md). It reads the host through a
 * {@link dev.netgen.check.Probe} (commands such as {@code ip -j}, files under /proc and /sys),
 * never writes, and turns what it read into {@link dev.netgen.check.Fact}s: one per thing the model
 * says, and one per thing elsewhere on the host that breaks it. Knows model, render (what the
 * rendered files are and where they go), diff (the files comparison) and text.
 */
package dev.netgen.check;
