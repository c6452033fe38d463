/**
 * Text as it leaves netgen: escaped or quoted for the place it goes ({@link dev.netgen.text.Text})
 * and JSON laid out one way ({@link dev.netgen.text.Json}). It imports nothing from netgen, so
 * every stage, the model included, may use it.
 */
package dev.netgen.text;
