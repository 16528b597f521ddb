package corpus.index;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The one analyzer, used both when indexing and when parsing queries, so a query word always meets
 * the indexed word in the same form.
 *
 * <p>No stemming and no stop-word removal: counts are of the words as written (case aside), and stop
 * words are a display choice made by {@code freq}, not a loss baked into the index.
 */
public final class CorpusAnalyzer extends Analyzer {

  /** A short description for the {@code meta} object of every JSON result. */
  public static final String DESCRIPTION =
      "Unicode word segmentation (Lucene StandardTokenizer), lower case, curly apostrophes and quotes"
          + " normalised, English possessive 's removed; no stemming, no stop words";

  // Curly apostrophes would otherwise make "Russia’s" and "Russia's" different words and keep the
  // possessive filter, which only knows U+0027 and U+2019, from seeing some of them.
  private static final NormalizeCharMap QUOTES = quoteMap();

  private static NormalizeCharMap quoteMap() {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    for (String apostrophe : new String[] {"\u2018", "\u2019", "\u201B", "\u02BC", "\uFF07"}) {
      map.add(apostrophe, "'");
    }
    for (String quote : new String[] {"\u201C", "\u201D", "\u201E", "\u201F", "\u00AB", "\u00BB"}) {
      map.add(quote, "\"");
    }
    return map.build();
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new MappingCharFilter(QUOTES, reader);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return new MappingCharFilter(QUOTES, reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer tokenizer = new StandardTokenizer();
    // The tokenizer's default 255-char cap would split, not drop, very long tokens; keep it.
    TokenStream stream = new LowerCaseFilter(tokenizer);
    stream = new EnglishPossessiveFilter(stream);
    return new TokenStreamComponents(tokenizer, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
