package corpus.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CorpusAnalyzerTest {
  static List<String> tokens(String text) throws Exception {
    List<String> tokens = new ArrayList<>();
    try (CorpusAnalyzer analyzer = new CorpusAnalyzer();
        TokenStream stream = analyzer.tokenStream(Schema.BODY, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    }
    return tokens;
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "China's partner|china partner",
        "China\u2019s partner|china partner",
        "Putin\u2018s|putin",
        "IRAN ISTANBUL Izmir|iran istanbul izmir",
        "the talks were running|the talks were running",
        "strike-hit harbour|strike hit harbour",
        "\u201CQuoted\u201D words|quoted words",
        "don't|don't",
        "Mišustin Café|mišustin café",
        "北京 2024-08-22|北 京 2024 08 22"
      })
  void analysesAsDocumented(String text, String expected) throws Exception {
    assertEquals(List.of(expected.split(" ")), tokens(text));
  }
}
