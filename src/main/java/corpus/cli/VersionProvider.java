package corpus.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version Maven wrote into the jar at build time. */
final class VersionProvider implements CommandLine.IVersionProvider {
  static final String VERSION = read();

  private static String read() {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("/corpus/version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return properties.getProperty("version", "unknown");
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "corpus " + VERSION,
      "Lucene "
          + org.apache.lucene.util.Version.LATEST
          + ", Java "
          + System.getProperty("java.version")
    };
  }
}
