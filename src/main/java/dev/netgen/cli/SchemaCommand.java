package dev.netgen.cli;

import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** `netgen schema`: the JSON Schema of the model, for editors. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = "Print the JSON Schema (draft 2020-12) of the model, for editors and generators.",
    footerHeading = "%nExample:%n",
    footer = {"  netgen schema > netgen.schema.json   # then: # yaml-language-server: $schema=netgen.schema.json"})
public final class SchemaCommand implements Callable<Integer> {
  static final String RESOURCE = "/dev/netgen/model.schema.json";

  private final Io io;

  public SchemaCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    try (InputStream in = SchemaCommand.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("schema resource missing from the jar: " + RESOURCE);
      }
      io.out().print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      io.out().flush();
      return ExitCode.OK;
    } catch (IOException e) {
      throw new NetgenException(ExitCode.FAILURE, "cannot read the schema: " + e.getMessage());
    }
  }
}
