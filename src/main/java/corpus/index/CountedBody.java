package corpus.index;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
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

  CountedBody(String text) {
    body = new Body(text);
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

  private final class Body extends Field {
    Body(String text) {
      super(Schema.BODY, text, Schema.BODY_TYPE);
    }

    @Override
    public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
      tokens = 0;
      return new TokenFilter(super.tokenStream(analyzer, reuse)) {
        @Override
        public boolean incrementToken() throws IOException {
          if (!input.incrementToken()) {
            return false;
          }
          tokens++;
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
