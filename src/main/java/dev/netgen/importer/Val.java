package dev.netgen.importer;

/** One imported value, already checked against the model's grammar, and where it came from. */
record Val(String text, Origin from) {}
