package corpus.query.lucene;

import java.util.Comparator;

/**
 * A word (or word sequence) of a frequency table with its count and the articles it occurs in: a
 * row before its forms and dispersion, as one index or one shard counts it.
 */
public record TermCount(String term, long count, long documents) {
  /** Count first, then the term: of two equal counts, the later term is the weaker row. */
  public static final Comparator<TermCount> BEST_FIRST =
      Comparator.comparingLong(TermCount::count).reversed().thenComparing(TermCount::term);
}
