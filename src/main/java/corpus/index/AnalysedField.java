package corpus.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;

/**
 * A text field analysed by its article's own analyzer instead of the writer's: the analyzer is
 * chosen per article, by language, and Lucene's writer has one per index.
 */
class AnalysedField extends Field {
  private final Analyzer analyzer;

  AnalysedField(String name, String text, FieldType type, Analyzer analyzer) {
    super(name, text, type);
    this.analyzer = analyzer;
  }

  @Override
  public TokenStream tokenStream(Analyzer writers, TokenStream reuse) {
    return analyzer.tokenStream(name(), stringValue());
  }
}
