package dev.netgen.load;

import dev.netgen.diag.Diagnostic;
import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import dev.netgen.diag.SourceText;
import dev.netgen.model.Position;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Bytes to a YAML node tree: strict UTF-8, SnakeYAML's composer only (nothing is constructed, so no
 * tag can instantiate a class), every scalar kept as the text written, limits enforced.
 */
final class YamlDocument {
  private YamlDocument() {}

  /** Returns the single document's root node, or null for an empty document. */
  static Node compose(String file, byte[] bytes, Limits limits) {
    if (bytes.length > limits.maxBytes()) {
      throw fail(
          new Position(file, 1, 1),
          "the model is larger than the limit of " + limits.maxBytes() + " bytes",
          "a model of thousands of bridges is about 1 MB; check that this is the file you meant");
    }
    String text = decode(file, bytes);
    var options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // duplicates are reported by ModelReader, with both lines
    options.setMaxAliasesForCollections(limits.maxAliases());
    options.setNestingDepthLimit(limits.maxDepth());
    options.setCodePointLimit(limits.maxBytes());
    options.setAllowRecursiveKeys(false);
    options.setTagInspector(tag -> false);
    var parser =
        new MarkTrackingParser(new ParserImpl(new StreamReader(new StringReader(text)), options));
    try {
      return new Composer(parser, new LiteralResolver(), options).getSingleNode();
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      throw fail(at(file, mark), SyntaxMessages.message(e), SyntaxMessages.hint(e));
    } catch (ReaderException e) {
      throw fail(
          atIndex(file, text, e.getPosition()), SyntaxMessages.message(e), SyntaxMessages.hint(e));
    } catch (YAMLException e) {
      throw fail(at(file, parser.lastMark), SyntaxMessages.message(e), SyntaxMessages.hint(e));
    } catch (IllegalArgumentException e) {
      // SnakeYAML checks some of what it composes (a tag such as `!%a` decodes to one with
      // spaces) with plain IllegalArgumentException rather than YAMLException; the input caused
      // it, so it is a diagnostic, not a crash.
      throw fail(at(file, parser.lastMark), SyntaxMessages.message(e), SyntaxMessages.hint(e));
    }
  }

  private static String decode(String file, byte[] bytes) {
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xff) == 0xef
                && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf
            ? 3
            : 0;
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
    } catch (CharacterCodingException e) {
      throw fail(
          positionOfFirstBadByte(file, bytes, start),
          "the model is not valid UTF-8",
          "save the file as UTF-8 (names and values are ASCII in any case)");
    }
  }

  /**
   * Line and column of the first byte that is not valid UTF-8, counted as SnakeYAML counts the text
   * before it (see {@link SourceText}).
   */
  private static Position positionOfFirstBadByte(String file, byte[] bytes, int start) {
    var decoder = StandardCharsets.UTF_8.newDecoder();
    var in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    decoder.decode(in, CharBuffer.allocate(bytes.length), true);
    String before = new String(bytes, start, in.position() - start, StandardCharsets.UTF_8);
    return SourceText.of(before).at(file, before.codePointCount(0, before.length()));
  }

  /** Line and column of a code point's index, for reader errors that carry only the index. */
  private static Position atIndex(String file, String text, int index) {
    return SourceText.of(text).at(file, index);
  }

  static Position at(String file, Mark mark) {
    return mark == null
        ? new Position(file, 1, 1)
        : new Position(file, mark.getLine() + 1, mark.getColumn() + 1);
  }

  static NetgenException fail(Position at, String message, String hint) {
    return new NetgenException(ExitCode.FAILURE, List.of(Diagnostic.loadError(at, message, hint)));
  }

  /**
   * No implicit types: every plain scalar is the string written (a MAC stays a MAC, no is "no").
   */
  private static final class LiteralResolver extends Resolver {
    @Override
    protected void addImplicitResolvers() {}
  }

  /** Remembers where the parser was, for SnakeYAML limit errors that carry no mark. */
  private static final class MarkTrackingParser implements Parser {
    private final Parser delegate;
    Mark lastMark;

    MarkTrackingParser(Parser delegate) {
      this.delegate = delegate;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
      return delegate.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
      return delegate.peekEvent();
    }

    @Override
    public Event getEvent() {
      Event event = delegate.getEvent();
      if (event != null) {
        lastMark = event.getStartMark();
      }
      return event;
    }
  }
}
