package dev.netgen.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The converter of every option and parameter that names a file or folder: an empty value is a
 * usage error (exit 2). Resolved against the working folder, '' would mean that folder, and a cron
 * job or an agent run from / with an empty variable (--out "$ROOT") would then write, compare or
 * uninstall the live system.
 */
public final class NonEmptyPath implements ITypeConverter<String> {
  @Override
  public String convert(String value) {
    if (value.isEmpty()) {
      throw new TypeConversionException(
          "an empty path names no file or folder (is a variable unset?); write . for the current"
              + " folder, / for the live system");
    }
    return value;
  }
}
