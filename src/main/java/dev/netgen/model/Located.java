package dev.netgen.model;

/**
 * A value and the place in the model where it was written, so a rule can blame the value itself.
 */
public record Located<T>(T value, Position at) {}
