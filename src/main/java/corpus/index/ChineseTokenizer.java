package corpus.index;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;

public final class ChineseTokenizer extends Tokenizer {
  public ChineseTokenizer(UserDictionary d) {}

  @Override
  public boolean incrementToken() throws IOException {
    return false;
  }
}
