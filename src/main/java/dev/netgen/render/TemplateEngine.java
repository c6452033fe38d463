package dev.netgen.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;

/**
 * FreeMarker set up so that a template can only print what a view builder prepared: undefined
 * values fail, ?api and ?new are off, locale and number format are fixed. Tags and interpolations
 * use the square-bracket syntax ([#list], [=x]) because the templates write shell scripts, where
 * ${IFACE} must come out as written.
 *
 * <p>Each template is parsed once per engine and kept; one engine serves a whole render.
 */
public final class TemplateEngine {
  private static final String LOGGER_LIBRARY = "org.freemarker.loggerLibrary";
  private final Configuration configuration = configuration();
  private final Map<String, Template> parsed = new ConcurrentHashMap<>();

  /** Renders templates/NAME with the header lines and the view as {@code header} and {@code v}. */
  public byte[] render(String name, Header header, Object view) {
    var out = new StringWriter(4096);
    try {
      template(name).process(Map.of("header", header.lines(), "v", view), out);
    } catch (TemplateException e) {
      // A template asked for something its view does not have: a bug, not a user mistake.
      throw new IllegalStateException(
          "template " + name + " failed: " + e.getMessageWithoutStackTop(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Parses these templates now, so the first render does not wait for them. */
  public TemplateEngine prepare(Collection<String> names) {
    names.forEach(this::template);
    return this;
  }

  private Template template(String name) {
    return parsed.computeIfAbsent(
        name,
        n -> {
          try {
            return configuration.getTemplate(n);
          } catch (IOException e) {
            throw new IllegalStateException(
                "template " + n + " is missing from the jar or does not parse", e);
          }
        });
  }

  private static Configuration configuration() {
    // FreeMarker logs nothing netgen wants (a failing template is rethrown with its message), and
    // on its first use it looks for a logging library and starts java.util.logging, a tenth of
    // its set-up in a small render; a library chosen by whoever runs netgen is left alone.
    if (System.getProperty(LOGGER_LIBRARY) == null) {
      System.setProperty(LOGGER_LIBRARY, "none");
    }
    var version = Configuration.VERSION_2_3_34;
    var cfg = new Configuration(version);
    cfg.setTemplateLoader(new ClassTemplateLoader(TemplateEngine.class, "/templates"));
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputEncoding("UTF-8");
    cfg.setLocale(Locale.ROOT);
    cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
    cfg.setNumberFormat("computer");
    cfg.setBooleanFormat("c");
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setTagSyntax(Configuration.SQUARE_BRACKET_TAG_SYNTAX);
    cfg.setInterpolationSyntax(Configuration.SQUARE_BRACKET_INTERPOLATION_SYNTAX);
    cfg.setWhitespaceStripping(true);
    cfg.setLocalizedLookup(false);
    // Templates ship inside the jar and never change while netgen runs.
    cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    var wrapper = new DefaultObjectWrapperBuilder(version);
    // Views are records of strings and lists: a template reads their components as properties.
    wrapper.setRecordZeroArgumentNonVoidMethodPolicy(
        ZeroArgumentNonVoidMethodPolicy.PROPERTY_ONLY_UNLESS_BEAN_PROPERTY_READ_METHOD);
    cfg.setObjectWrapper(wrapper.build());
    return cfg;
  }
}
