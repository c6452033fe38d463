package dev.netgen.importer;

import java.util.List;

/** The model text import wrote and what it left out. */
public record ImportResult(String model, List<Leftover> leftovers) {}
