package corpus.query;

/** Concordance order; ties fall back to date, then id, then position in the article. */
public enum KwicSort {
  /** By the word just left of the match, then the one before it, as concordancers do. */
  LEFT,
  /** By the words right of the match. */
  RIGHT,
  /** Oldest first; undated articles last. */
  DATE
}
