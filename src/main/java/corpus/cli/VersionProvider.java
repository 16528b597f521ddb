package corpus.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/**
 * The versions Maven wrote into the jar at build time: the tool's, and the Lucene it was built with
 * (read from there, so {@code --version} loads no Lucene class).
 */
final class VersionProvider implements CommandLine.IVersionProvider {
  private static final Properties BUILD = read();

  static final String VERSION = BUILD.getProperty("version", "unknown");

  private static Properties read() {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("/corpus/version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // unknown versions, said so below
    }
    return properties;
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "corpus " + VERSION,
      "Lucene "
          + BUILD.getProperty("lucene.version", "unknown")
          + ", Java "
          + System.getProperty("java.version")
    };
  }
}
