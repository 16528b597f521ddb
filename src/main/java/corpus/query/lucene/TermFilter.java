package corpus.query.lucene;

import corpus.index.Schema;
import java.util.Objects;
import org.apache.lucene.util.BytesRef;

/**
 * Which words may be rows of a frequency or comparison table: none counted fewer than {@code
 * minCount} times, and no stop word of the languages present unless they are kept. One rule for
 * {@code freq} and {@code compare}, for words and for word sequences alike.
 *
 * @param stopWords the stop words of the languages in the selection ({@link
 *     StopWords#forLanguages})
 */
record TermFilter(int minCount, boolean keepStopwords, StopWords stopWords) {

  TermFilter {
    Objects.requireNonNull(stopWords, "stopWords");
  }

  /** With the English stop words alone. */
  TermFilter(int minCount, boolean keepStopwords) {
    this(minCount, keepStopwords, StopWords.ENGLISH);
  }

  /**
   * Whether a word from the term dictionary can still be a row.
   *
   * @param countBound its count, or an upper bound of it (the dictionary's total term frequency)
   */
  boolean admits(BytesRef term, long countBound) {
    // A marked exact form is counted in its stem's row.
    return !Schema.isExactForm(term)
        && countBound >= minCount
        && (keepStopwords || !stopWords.contains(term));
  }

  /**
   * Whether a word sequence (an n-gram) may be a row: it neither starts nor ends with a stop word.
   */
  boolean admitsSequence(String first, String last) {
    return keepStopwords || (!stopWords.containsWritten(first) && !stopWords.containsWritten(last));
  }
}
