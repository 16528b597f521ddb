package corpus.query.lucene;

import corpus.index.UserDictionary;
import corpus.index.UserDictionaryException;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks of a question's text before anything is opened, the same for every backend: a cluster's
 * questions are parsed and analysed by this code too.
 */
public final class QueryChecks {
  private QueryChecks() {}

  /**
   * @throws corpus.query.InvalidQueryException with one line saying what is wrong and where
   */
  public static void query(String query) {
    QueryParsing.STANDARD.parse(query);
  }

  /**
   * @throws corpus.query.InvalidQueryException when the word or phrase has no words once analysed
   */
  public static void term(String term) {
    TermTrend.seriesQueries(QueryParsing.STANDARD, term);
  }

  /**
   * Reads a user dictionary file: words the Chinese segmenter must keep whole.
   *
   * @throws IllegalArgumentException with one line naming the file (and line) and what is wrong
   */
  public static List<String> userDictionary(Path file) {
    try {
      return UserDictionary.read(file).words();
    } catch (UserDictionaryException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}
