package corpus.index;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * Chinese text as words ({@link ChineseTokenizer}), Latin letters in it lower-cased as everywhere
 * else.
 */
final class ChineseAnalyzer extends Analyzer {
  private final UserDictionary dictionary;

  ChineseAnalyzer(UserDictionary dictionary) {
    this.dictionary = dictionary;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new ChineseTokenizer(dictionary);
    return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new QuoteCharFilter(reader);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return new QuoteCharFilter(reader);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
