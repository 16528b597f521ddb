package corpus.query.lucene;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Runs a search, turning the failures that only show when Lucene rewrites a parsed query (a
 * wildcard expanding to too many terms, an automaton too big to build) into a user's query error.
 */
final class Guarded {
  private Guarded() {}

  interface Search<T> {
    T run() throws IOException;
  }

  static <T> T run(Search<T> search) throws IOException {
    try {
      return search.run();
    } catch (IndexSearcher.TooManyClauses e) {
      throw QueryParsing.tooManyClauses(e);
    } catch (TooComplexToDeterminizeException e) {
      throw QueryParsing.tooComplex(e);
    }
  }
}
