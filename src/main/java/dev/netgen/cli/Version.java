package dev.netgen.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven filtered into version.properties at build time. */
public final class Version implements IVersionProvider {
  public static String text() {
    var props = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("/dev/netgen/version.properties")) {
      if (in != null) {
        props.load(in);
      }
    } catch (IOException e) {
      // fall through to "unknown": the version line is informational only
    }
    return props.getProperty("version", "unknown");
  }

  @Override
  public String[] getVersion() {
    return new String[] {"netgen " + text()};
  }
}
