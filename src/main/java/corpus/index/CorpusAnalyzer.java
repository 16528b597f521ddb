package corpus.index;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The standard analysis ({@link TextAnalysis#STANDARD}): every language but Russian and Chinese.
 * Used both when indexing and when parsing queries, so a query word always meets the indexed word
 * in the same form.
 *
 * <p>No stemming and no stop-word removal: counts are of the words as written (case aside), and
 * stop words are a display choice made by {@code freq}, not a loss baked into the index.
 */
public final class CorpusAnalyzer extends TextAnalyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer tokenizer = new StandardTokenizer();
    // The tokenizer's default 255-char cap would split, not drop, very long tokens; keep it.
    TokenStream stream = new LowerCaseFilter(tokenizer);
    stream = new EnglishPossessiveFilter(stream);
    return new TokenStreamComponents(tokenizer, stream);
  }
}
