package dev.netgen.load;

import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import dev.netgen.model.Located;
import dev.netgen.model.Model;
import dev.netgen.model.OutputKey;
import dev.netgen.model.OutputPath;
import dev.netgen.model.Position;
import dev.netgen.text.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The loader stage: text in, typed Model out, or a NetgenException (exit 2) that lists every
 * problem with its file, line and column.
 */
public final class ModelLoader {
  /** What a model read from standard input is called in diagnostics. */
  public static final String STDIN_NAME = "<stdin>";

  private final Limits limits;
  private final List<ReservedPath> reserved;
  private final OutputAllowance allowance;

  public ModelLoader() {
    this(Limits.DEFAULT);
  }

  public ModelLoader(Limits limits) {
    this(limits, List.of());
  }

  /** A loader that refuses a model whose outputs take one of the reserved paths. */
  public ModelLoader(Limits limits, List<ReservedPath> reserved) {
    this(limits, reserved, OutputAllowance.ANYWHERE);
  }

  /**
   * ... that also refuses an output outside the places its tool reads, unless the allowance names
   * it.
   */
  public ModelLoader(Limits limits, List<ReservedPath> reserved, OutputAllowance allowance) {
    this.limits = limits;
    this.reserved = List.copyOf(reserved);
    this.allowance = allowance;
  }

  /** Loads a file, or standard input when the argument is "-". */
  public Model load(String argument, InputStream stdin) {
    return parse(nameOf(argument), read(argument, stdin));
  }

  /** What diagnostics call the model the argument names. */
  public static String nameOf(String argument) {
    return argument.equals("-") ? STDIN_NAME : argument;
  }

  /** The bytes of a file, or of standard input for "-"; at most one byte past the size limit. */
  public byte[] read(String argument, InputStream stdin) {
    if (argument.equals("-")) {
      return readBounded(STDIN_NAME, stdin);
    }
    Path path = Path.of(argument);
    try (InputStream in = Files.newInputStream(path)) {
      return readBounded(argument, in);
    } catch (NoSuchFileException e) {
      throw new NetgenException(
          ExitCode.FAILURE, "cannot read model " + Text.forTerminal(argument) + ": no such file");
    } catch (IOException e) {
      throw new NetgenException(
          ExitCode.FAILURE, "cannot read model " + Text.forTerminal(argument) + ": " + reason(e));
    }
  }

  /** Parses bytes already read; file is the name diagnostics show. */
  public Model parse(String file, byte[] bytes) {
    var root = YamlDocument.compose(file, bytes, limits);
    if (root == null || NodeReader.isEmpty(root)) {
      throw YamlDocument.fail(
          new Position(file, 1, 1),
          "the model is empty",
          "start with `version: 1`; see `netgen schema`");
    }
    var reader = new NodeReader(file, limits);
    var model = new ModelReader(reader).read(root);
    model.ifPresent(m -> checkOutputPlaces(m, reader));
    if (!reader.errors().isEmpty() || model.isEmpty()) {
      var errors = reader.errors().stream().sorted().toList();
      throw new NetgenException(ExitCode.FAILURE, errors);
    }
    return model.get();
  }

  /**
   * Each output's place, in one pass: it may not take a reserved path such as the writer's manifest
   * (nor a folder on its way, nor a place under it): a generated file there would decide what the
   * next render deletes; and, reserved or not, it must be where its tool reads it.
   */
  private void checkOutputPlaces(Model model, NodeReader reader) {
    model
        .outputs()
        .forEach(
            (key, path) -> {
              var taken = reserved.stream().filter(own -> own.takenBy(path.value())).toList();
              taken.forEach(own -> refuseReserved(key, path, own, reader));
              if (taken.isEmpty() && !allowance.permits(key, path.value())) {
                refuseForeignPlace(key, path, reader);
              }
            });
  }

  private static void refuseReserved(
      OutputKey key, Located<OutputPath> path, ReservedPath own, NodeReader reader) {
    String ownPath = own.path().absolute();
    reader.error(
        path.at(),
        "outputs."
            + key.yamlKey()
            + ": "
            + path.value().absolute()
            + " would take the place of "
            + ownPath
            + ", "
            + own.role(),
        "choose a path outside "
            + ownPath
            + ", e.g. "
            + ownPath.substring(0, ownPath.lastIndexOf('/') + 1)
            + key.yamlKey()
            + ".conf");
  }

  /**
   * An output may only go where its tool reads it (OutputKey's places), unless --allow-output names
   * the path: otherwise a model could put a file anywhere root can write, /etc/cron.d included, and
   * nothing would read it as what it is. A reserved path has had its error.
   */
  private static void refuseForeignPlace(
      OutputKey key, Located<OutputPath> path, NodeReader reader) {
    String places = String.join(", ", key.places());
    reader.error(
        path.at(),
        "outputs."
            + key.yamlKey()
            + ": "
            + path.value().absolute()
            + " is not a place "
            + key.yamlKey()
            + "'s file is read from ("
            + places
            + ")",
        "put it where "
            + key.yamlKey()
            + "'s file is read ("
            + places
            + "), or pass --allow-output "
            + path.value().absolute()
            + " if this place is meant");
  }

  /** Reads at most one byte past the limit, so a huge or endless input is refused early. */
  private byte[] readBounded(String name, InputStream in) {
    try {
      byte[] bytes = in.readNBytes(limits.maxBytes() + 1);
      return bytes;
    } catch (IOException e) {
      throw new NetgenException(
          ExitCode.FAILURE, "cannot read model " + Text.forTerminal(name) + ": " + reason(e));
    }
  }

  /** NIO's message repeats the path; only its reason is shown, printable. */
  private static String reason(IOException e) {
    String reason =
        e instanceof java.nio.file.FileSystemException f && f.getReason() != null
            ? f.getReason()
            : e.getMessage();
    return Text.forTerminal(reason == null ? e.getClass().getSimpleName() : reason);
  }
}
