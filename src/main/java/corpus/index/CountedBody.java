package corpus.index;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredValue;
import org.apache.lucene.index.DocValuesType;

/**
 * The body and its token count, from one analysis. Counting tokens with a separate pass cost a
 * second analysis of every article (a third of indexing time). Instead the body's token stream
 * counts as Lucene inverts it, and the count field, added after the body, reads the count: Lucene
 * processes a document's fields in the order they were added (IndexingChain.processDocument,
 * checked for 9.12). Should that order ever change, {@link Count} fails loudly instead of storing a
 * wrong number.
 */
final class CountedBody {
  private int tokens = -1;

  /** The body field: analysed, with positions and offsets, stored. */
  final Field body;

  /** The token count: stored and numeric doc values, valid once the body has been inverted. */
  final Field count;

  /**
   * @param analyzer the article's own analyzer, whatever the writer's default: articles of one
   *     index differ in language
   */
  CountedBody(String text, Analyzer analyzer) {
    body = new Body(text, analyzer);
    count = new Count();
  }

  private static final FieldType COUNT_TYPE = countType();

  private static FieldType countType() {
    FieldType type = new FieldType();
    type.setStored(true);
    type.setDocValuesType(DocValuesType.NUMERIC);
    type.freeze();
    return type;
  }

  private final class Body extends AnalysedField {
    Body(String text, Analyzer analyzer) {
      super(Schema.BODY, text, Schema.BODY_TYPE, analyzer);
    }

    @Override
    public TokenStream tokenStream(Analyzer ignored, TokenStream reuse) {
      tokens = 0;
      TokenStream words = super.tokenStream(ignored, reuse);
      PositionIncrementAttribute increment = words.addAttribute(PositionIncrementAttribute.class);
      return new TokenFilter(words) {
        @Override
        public boolean incrementToken() throws IOException {
          if (!input.incrementToken()) {
            return false;
          }
          // A word's exact form shares its position with the stem: one word, one token.
          if (increment.getPositionIncrement() > 0) {
            tokens++;
          }
          return true;
        }
      };
    }
  }

  private final class Count extends Field {
    Count() {
      super(Schema.TOKENS, COUNT_TYPE);
    }

    private int value() {
      if (tokens < 0) {
        throw new IllegalStateException("the token count was read before the body was analysed");
      }
      return tokens;
    }

    @Override
    public Number numericValue() {
      return (long) value();
    }

    @Override
    public StoredValue storedValue() {
      return new StoredValue(value());
    }
  }
}
