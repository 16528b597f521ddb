package corpus.query;

import java.io.Closeable;
import java.io.IOException;

/**
 * The questions a corpus answers. The Lucene index on disk answers them today; a SolrCloud backend
 * can answer the same records when a corpus outgrows one machine.
 */
public interface Corpus extends Closeable {
  IndexInfo info();

  DocumentList documents(DocumentsQuery query) throws IOException;

  SearchResult search(SearchQuery query) throws IOException;

  KwicResult kwic(KwicQuery query) throws IOException;

  FrequencyResult frequencies(FrequencyQuery query) throws IOException;

  TrendResult trend(TrendQuery query) throws IOException;

  CompareResult compare(CompareQuery query) throws IOException;

  CorpusStats stats() throws IOException;
}
