package corpus.query;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The questions an open corpus answers, each a query record in and a result record out. Opened
 * through a {@link CorpusStore}; the local Lucene index answers them today, and another backend
 * answers the same records the same way.
 */
public interface Corpus extends Closeable {
  IndexInfo info();

  /**
   * A one-line note when answers may not reflect the corpus folder: files came or went after the
   * last index run, or that run did not finish. Empty when the corpus is as indexed.
   */
  Optional<String> freshnessNote();

  DocumentList documents(DocumentsQuery query) throws IOException;

  SearchResult search(SearchQuery query) throws IOException;

  KwicResult kwic(KwicQuery query) throws IOException;

  FrequencyResult frequencies(FrequencyQuery query) throws IOException;

  TrendResult trend(TrendQuery query) throws IOException;

  CompareResult compare(CompareQuery query) throws IOException;

  CollocatesResult collocates(CollocatesQuery query) throws IOException;

  CollocateComparison collocates(CollocateComparisonQuery query) throws IOException;

  /**
   * @param sources the articles counted: all of them, or those from these sources
   * @param languages and in these languages
   */
  CorpusStats stats(Sources sources, Languages languages) throws IOException;

  /** The groups of near-duplicates (wire copies) the last index run found. */
  DuplicateGroupList duplicates(DuplicatesQuery query) throws IOException;

  /**
   * This corpus with each group of near-duplicates counted once, as its canonical article: every
   * answer of the view leaves the group's other articles (the copies) out, as if they were not
   * indexed. Closing the view closes nothing; close this corpus.
   */
  Corpus deduplicated() throws IOException;

  /**
   * How many of the articles these sets select (together) are copies the deduplicated view drops.
   */
  long copiesAmong(List<CompareQuery.Subset> sets) throws IOException;

  /**
   * Whether this corpus, kept open, still answers as one opened now would: what a shell asks before
   * each line when the store has no {@link CorpusStore#version version}. False when it cannot tell,
   * and the shell opens the corpus again.
   */
  default boolean current() throws IOException {
    return false;
  }

  /**
   * Words of the text that start with {@code prefix}, in byte order, at most {@code limit}: what a
   * shell offers when a query word is completed. A backend that cannot list them offers none.
   */
  default List<String> wordsStartingWith(String prefix, int limit) throws IOException {
    return List.of();
  }

  default CorpusStats stats(Sources sources) throws IOException {
    return stats(sources, Languages.ALL);
  }
}
