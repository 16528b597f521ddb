package corpus.load;

import java.nio.file.Path;
import java.util.regex.Pattern;

/** The real articles bundled in {@code corpus/}, with a stand-in for their date header. */
final class SampleCorpus {

  /** The bundled files open with {@code " date 2024-08-22 "} on the first line. */
  private static final Pattern DATE_HEADER =
      Pattern.compile("\\A\\s*date \\d{4}-\\d{2}-\\d{2}\\s+");

  private SampleCorpus() {}

  static Path folder() {
    // Surefire sets the property; the fallback serves a run from the IDE in the project folder.
    return Path.of(System.getProperty("corpus.bundled", "corpus"));
  }

  static Path file(String prefix) {
    String[] names = folder().toFile().list((dir, name) -> name.startsWith(prefix));
    if (names == null || names.length != 1) {
      throw new IllegalStateException("expected one sample file starting with " + prefix);
    }
    return folder().resolve(names[0]);
  }

  /**
   * Removes the header the way the real date step will, so that title tests need not wait for it.
   */
  static String withoutDateHeader(String text) {
    return DATE_HEADER.matcher(text).replaceFirst("");
  }
}
