package corpus.index;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;

/**
 * Chinese text as words ({@link ChineseTokenizer}), Latin letters in it lower-cased as everywhere
 * else.
 */
final class ChineseAnalyzer extends TextAnalyzer {
  private final UserDictionary dictionary;

  ChineseAnalyzer(UserDictionary dictionary) {
    this.dictionary = dictionary;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new ChineseTokenizer(dictionary);
    return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
  }
}
