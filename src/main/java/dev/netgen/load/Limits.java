package dev.netgen.load;

/**
 * Bounds on what the loader accepts, so a hostile document fails fast instead of exhausting memory
 * or time. A 4,000-bridge model is about 1.2 MB; 4 MiB leaves room for hosts far beyond that.
 */
public record Limits(int maxBytes, int maxAliases, int maxDepth, int maxNodeVisits) {
  public static final Limits DEFAULT = new Limits(4 * 1024 * 1024, 20, 32, 4_000_000);
}
