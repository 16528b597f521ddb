package corpus.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** Russian words as the index and a query see them; stems checked by hand against Snowball's. */
class RussianAnalyzerTest {
  private static final Analyzers ANALYZERS = new Analyzers(UserDictionary.EMPTY);
  private static final String MARK = String.valueOf(Schema.EXACT_FORM);

  /** Each token as {@code term@start-end+increment}. */
  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(Schema.BODY, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(
            term.toString().replace(MARK, "=")
                + "@"
                + offset.startOffset()
                + "-"
                + offset.endOffset()
                + "+"
                + increment.getPositionIncrement());
      }
      stream.end();
    }
    return tokens;
  }

  @Test
  void theIndexHasEachStemWithItsFormAtTheSamePosition() throws IOException {
    assertEquals(
        List.of("путин@0-6+1", "=путина@0-6+1".replace("+1", "+0"), "елк@7-11+1", "=елку@7-11+0"),
        tokens(ANALYZERS.indexing(TextAnalysis.RUSSIAN), "Путина ёлку"));
  }

  @Test
  void everyFormOfANameHasOneStem() throws IOException {
    for (String form : List.of("Путин", "Путина", "Путину", "Путиным", "Путине", "ПУТИНА")) {
      assertEquals(
          List.of("путин@0-" + form.length() + "+1"),
          tokens(ANALYZERS.query(TextAnalysis.RUSSIAN), form),
          form);
    }
    assertEquals("москв", Analyzers.russianStem("москве"));
    assertEquals("москв", Analyzers.russianStem("москва"));
  }

  @Test
  void yoIsFoldedToYeInStemsAndForms() throws IOException {
    assertEquals(
        tokens(ANALYZERS.indexing(TextAnalysis.RUSSIAN), "елка"),
        tokens(ANALYZERS.indexing(TextAnalysis.RUSSIAN), "ЁЛКА"));
    assertEquals(
        List.of("=елка@0-4+1"), tokens(ANALYZERS.exactForms(TextAnalysis.RUSSIAN), "Ёлка"));
  }

  @Test
  void sequencesAreCountedFromTheFormsUnmarked() throws IOException {
    assertEquals(
        List.of("президент@0-9+1", "путиным@10-17+1"),
        tokens(ANALYZERS.sequences(TextAnalysis.RUSSIAN), "Президент Путиным"));
  }
}
