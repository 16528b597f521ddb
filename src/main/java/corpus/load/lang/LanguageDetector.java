package corpus.load.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Finds the language of a text from its letters with Apache OpenNLP's language model (103
 * languages, character n-grams up to three, maximum entropy), as an ISO 639-1 code.
 *
 * <p>Only the start of a long text is read: the title (unless the text starts with it, as a title
 * taken from the text's first line does) and the first {@value #MAX_CHARS} characters, which decide
 * the language nearly as surely as more would (see BENCHMARKS.md, "Language detection") in a
 * fraction of the time. A text with fewer than {@value #MIN_LETTERS} letters there (a caption, a
 * table of figures) has no language found: the model would guess, and a wrong language is worse
 * than none.
 *
 * <p>The model (10 MB in its jar, about 48 MB of heap, about a second to read) is read the first
 * time a text needs it, once for the whole program, so commands that never detect never load it. It
 * is evaluated by {@link CharNgramScorer}, which names the language OpenNLP's own detector names in
 * about half its time. Thread-safe: the model is shared and read-only, and each thread has its own
 * scratch space.
 */
public final class LanguageDetector {

  /** Fewer letters than this (in the part read) and the language is unknown rather than guessed. */
  public static final int MIN_LETTERS = 20;

  /**
   * How much of the text is read after its title. The model's time grows with the text, about 0.5
   * ms of CPU per 1,000 characters: 500 cost 0.23 ms an article and were right on 99.79% of the
   * benchmark's texts, 1,000 and 2,000 on 99.81%, for 0.45 and 0.85 ms.
   */
  public static final int MAX_CHARS = 500;

  /** The model's path in opennlp-models-langdetect's jar. */
  private static final String MODEL = "/langdetect-183.bin";

  private final int maxChars;

  public LanguageDetector() {
    this(MAX_CHARS);
  }

  /** With another bound on the text read, for measuring. */
  LanguageDetector(int maxChars) {
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
    }
    this.maxChars = maxChars;
  }

  /** How much of the text is read after its title. */
  int maxChars() {
    return maxChars;
  }

  /**
   * The language of an article.
   *
   * @param title its headline, or null
   * @param text its body, or null
   * @return the ISO 639-1 code, lower case ({@code en}, {@code ru}, {@code zh}), or null when the
   *     start of the text has too few letters or is in a language with no two-letter code
   */
  public String detect(String title, String text) {
    StringBuilder read = new StringBuilder(maxChars + 200);
    // A title taken from the text's own first line or sentence would be read twice.
    if (title != null
        && !title.isBlank()
        && (text == null || !text.strip().startsWith(title.strip()))) {
      read.append(title.strip()).append('\n');
    }
    if (text != null) {
      int end = Math.min(text.length(), maxChars);
      if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
        end--;
      }
      read.append(text, 0, end);
    }
    return detect(read);
  }

  /** The language of a text read whole; see {@link #detect(String, String)}. */
  public String detect(CharSequence text) {
    if (letters(text, MIN_LETTERS) < MIN_LETTERS) {
      return null;
    }
    return byModel(text);
  }

  /** The model's answer alone, however few the letters. */
  String byModel(CharSequence text) {
    return LanguageCodes.fromIso639_3(Model.scorer().best(text));
  }

  /**
   * The letters in the text (any script: a Han character is one), counting up to {@code enough}.
   */
  static int letters(CharSequence text, int enough) {
    int letters = 0;
    for (int i = 0; i < text.length() && letters < enough; ) {
      int c = Character.codePointAt(text, i);
      i += Character.charCount(c);
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters;
  }

  /** The model, read on first use, and evaluated without an object per n-gram. */
  static final class Model {
    private static final CharNgramScorer SCORER = new CharNgramScorer(read());

    static CharNgramScorer scorer() {
      return SCORER;
    }

    /** OpenNLP's model as its jar has it. */
    static LanguageDetectorModel read() {
      try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL)) {
        if (in == null) {
          throw new IllegalStateException(
              "OpenNLP's language model " + MODEL + " is not on the classpath");
        }
        return new LanguageDetectorModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read OpenNLP's language model " + MODEL, e);
      }
    }
  }
}
