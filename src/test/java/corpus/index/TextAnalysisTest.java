package corpus.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextAnalysisTest {
  @Test
  void aLanguageChoosesItsAnalysis() {
    assertEquals(TextAnalysis.RUSSIAN, TextAnalysis.forArticle("ru", "Путин"));
    assertEquals(TextAnalysis.CHINESE, TextAnalysis.forArticle("zh", "普京访华"));
    assertEquals(TextAnalysis.STANDARD, TextAnalysis.forArticle("uk", "Путін"));
    assertEquals(TextAnalysis.STANDARD, TextAnalysis.forArticle("en", "普京访华"));
  }

  @Test
  void anUnknownLanguageMostlyOfChineseCharactersIsSegmentedAsChinese() {
    // Too short for the detector, yet cut into characters it would never be found as words.
    assertEquals(TextAnalysis.CHINESE, TextAnalysis.forArticle(null, "普京抵达北京 APEC"));
    assertEquals(TextAnalysis.STANDARD, TextAnalysis.forArticle(null, "APEC summit 普京"));
    assertEquals(TextAnalysis.STANDARD, TextAnalysis.forArticle(null, "Путин"));
    assertEquals(TextAnalysis.STANDARD, TextAnalysis.forArticle(null, "2023 — …"));
  }

  @Test
  void keysNameTheAnalysesBothWays() {
    for (TextAnalysis analysis : TextAnalysis.values()) {
      assertEquals(analysis, TextAnalysis.ofKey(analysis.key()));
    }
    assertThrows(IllegalArgumentException.class, () -> TextAnalysis.ofKey("klingon"));
  }
}
