package corpus.index;

import java.io.IOException;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Russian words, lower case with ё folded to е, grouped by the Snowball Russian stemmer: Путин,
 * Путина, Путину and Путиным are all {@code путин}. Chosen over a morphological analyser
 * (Morfologik via LanguageTool: LGPL, 85 jars, several lemmas per ambiguous form) because a stemmer
 * gives every form exactly one group, so counts add up, and it ships with Lucene.
 *
 * <p>An index also needs each form as written, for {@code form:} queries and for showing a row by
 * its most frequent form: {@link Output#STEMS_AND_FORMS} puts the form, marked with {@link
 * Schema#EXACT_FORM}, at the same position as the stem. Positions are unchanged, so phrases and
 * token counts are those of the words.
 */
final class RussianAnalyzer extends TextAnalyzer {

  enum Output {
    /** Indexing: each word's stem, and its form marked at the same position. */
    STEMS_AND_FORMS,
    /** Queries: stems only. */
    STEMS,
    /** {@code form:} queries: marked forms only. */
    MARKED_FORMS,
    /** Word sequences (n-grams): the forms, unmarked. */
    FORMS
  }

  private final Output output;

  RussianAnalyzer(Output output) {
    this.output = output;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer tokenizer = new StandardTokenizer();
    TokenStream stream = new YoFolding(new LowerCaseFilter(tokenizer));
    stream =
        switch (output) {
          case STEMS_AND_FORMS -> new StemAndForm(stream);
          case STEMS -> new SnowballFilter(stream, new RussianStemmer());
          case MARKED_FORMS -> new Marked(stream);
          case FORMS -> stream;
        };
    return new TokenStreamComponents(tokenizer, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new YoFolding(new LowerCaseFilter(in));
  }

  /** The stem of one lower-case word, as the index has it: for labels and stop lists. */
  static String stem(String lowerCaseWord) {
    RussianStemmer stemmer = new RussianStemmer();
    stemmer.setCurrent(lowerCaseWord.replace('ё', 'е'));
    stemmer.stem();
    return stemmer.getCurrent();
  }

  /** ё and е are one letter in most printed Russian; a reader searching for either means both. */
  private static final class YoFolding extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    YoFolding(TokenStream input) {
      super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      char[] chars = term.buffer();
      for (int i = 0; i < term.length(); i++) {
        if (chars[i] == 'ё') {
          chars[i] = 'е';
        }
      }
      return true;
    }
  }

  private static final class Marked extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    Marked(TokenStream input) {
      super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      mark(term);
      return true;
    }
  }

  private static void mark(CharTermAttribute term) {
    String form = term.toString();
    term.setEmpty().append(Schema.EXACT_FORM).append(form);
  }

  /** The stem, then the marked form at the same position with the same offsets. */
  private static final class StemAndForm extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment =
        addAttribute(PositionIncrementAttribute.class);
    private final RussianStemmer stemmer = new RussianStemmer();
    private AttributeSource.State form;

    StemAndForm(TokenStream input) {
      super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (form != null) {
        restoreState(form);
        form = null;
        mark(term);
        increment.setPositionIncrement(0);
        return true;
      }
      if (!input.incrementToken()) {
        return false;
      }
      form = captureState();
      stemmer.setCurrent(term.buffer(), term.length());
      stemmer.stem();
      term.copyBuffer(stemmer.getCurrentBuffer(), 0, stemmer.getCurrentBufferLength());
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      form = null;
    }
  }
}
