package dev.netgen.diff;

import dev.netgen.model.OutputPath;

/** A path of a comparison and its status, without the text that shows how it differs. */
public record PathStatus(OutputPath path, DiffStatus status) {}
