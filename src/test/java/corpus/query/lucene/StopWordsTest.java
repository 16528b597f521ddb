package corpus.query.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tartarus.snowball.ext.RussianStemmer;

class StopWordsTest {

  private static final StopWords RUSSIAN = StopWords.forLanguages(Set.of("ru"));
  private static final StopWords CHINESE = StopWords.forLanguages(Set.of("zh"));

  /** The stem the index stores for a Russian word: lower case, ё as е, Snowball's stem. */
  private static String stem(String word) {
    RussianStemmer stemmer = new RussianStemmer();
    stemmer.setCurrent(word.toLowerCase(Locale.ROOT).replace('ё', 'е'));
    stemmer.stem();
    return stemmer.getCurrent();
  }

  @Test
  void wordSequencesAreCheckedAgainstTheWordsAsWritten() {
    StopWords russian = StopWords.forLanguages(Set.of("ru"));
    // Sequences are counted form by form: "его" is a stop word as written, "ег" only as a stem.
    assertTrue(russian.containsWritten("его"));
    assertTrue(russian.containsWritten("и"));
    assertFalse(russian.containsWritten("ег"));
    assertTrue(russian.contains("ег"));
    assertFalse(russian.containsWritten("путин"));
    assertTrue(StopWords.forLanguages(Set.of("en")).containsWritten("the"));
    assertTrue(
        new TermFilter(1, false, russian).admitsSequence("президент", "путин"),
        "a content sequence stays");
    assertFalse(new TermFilter(1, false, russian).admitsSequence("его", "путин"));
  }

  @Test
  void englishIsTheSnowballListAsBefore() {
    assertEquals(174, StopWords.ENGLISH.size());
    assertEquals(Set.of("en"), StopWords.ENGLISH.languages());
    for (String word : List.of("the", "and", "of", "i", "don't", "would", "themselves")) {
      assertTrue(StopWords.ENGLISH.contains(word), word);
      assertTrue(StopWords.ENGLISH.contains(new BytesRef(word)), word);
    }
    for (String word : List.of("putin", "china", "said", "die", "war")) {
      assertFalse(StopWords.ENGLISH.contains(word), word);
    }
  }

  @Test
  void unknownOrMissingLanguagesStandForEnglish() {
    Set<String> withNull = new HashSet<>();
    withNull.add(null);
    for (Set<String> codes : List.of(Set.<String>of(), Set.of("xx"), Set.of("ja"), withNull)) {
      StopWords stopWords = StopWords.forLanguages(codes);
      assertEquals(Set.of("en"), stopWords.languages(), codes::toString);
      assertEquals(174, stopWords.size(), codes::toString);
    }
    assertEquals(Set.of("en"), StopWords.forLanguages(null).languages());
  }

  @Test
  void aWordOfOneLanguageIsAStopWordOnlyWhenThatLanguageIsPresent() {
    StopWords englishAndGerman = StopWords.forLanguages(Set.of("en", "de"));
    assertTrue(englishAndGerman.contains("die"));
    assertTrue(englishAndGerman.contains("the"));
    assertTrue(englishAndGerman.contains("für"));
    assertFalse(StopWords.forLanguages(Set.of("en")).contains("die"));
    assertTrue(StopWords.forLanguages(Set.of("it")).contains("come"));
    assertFalse(StopWords.ENGLISH.contains("come"));
    assertFalse(StopWords.forLanguages(Set.of("de")).contains("the"));
  }

  @Test
  void codesAreReadWithoutCaseRegionOrScript() {
    assertEquals(Set.of("zh"), StopWords.forLanguages(Set.of("zh-CN")).languages());
    assertEquals(Set.of("zh"), StopWords.forLanguages(Set.of("ZH_Hans")).languages());
    assertEquals(Set.of("pt"), StopWords.forLanguages(Set.of("pt_BR")).languages());
    assertEquals(Set.of("no"), StopWords.forLanguages(Set.of("nb")).languages());
    assertEquals(Set.of("en", "ru"), StopWords.forLanguages(Set.of(" RU ", "en-GB")).languages());
  }

  @Test
  void languagesWithListsAreTheSnowballOnesAndChinese() {
    assertEquals(
        List.of(
            "da", "de", "en", "es", "fi", "fr", "hu", "id", "it", "nl", "no", "pt", "ru", "sv",
            "zh"),
        List.copyOf(StopWords.languagesWithLists()));
    assertThrows(UnsupportedOperationException.class, () -> StopWords.languagesWithLists().clear());
  }

  @Test
  void everyListIsInTheFormOfIndexTerms() {
    for (String language : StopWords.languagesWithLists()) {
      StopWords stopWords = StopWords.forLanguages(Set.of(language));
      assertTrue(stopWords.size() > 50, language + ": " + stopWords.size());
    }
    StopWords all = StopWords.forLanguages(StopWords.languagesWithLists());
    assertEquals(StopWords.languagesWithLists(), all.languages());
  }

  @ParameterizedTest
  @ValueSource(strings = {"и", "в", "не", "что", "он", "его", "это", "она", "было", "её", "Уже"})
  void russianStopWordsAreHeldAsTheStemsTheIndexStores(String word) {
    assertTrue(RUSSIAN.contains(stem(word)), word + " → " + stem(word));
    assertTrue(RUSSIAN.contains(new BytesRef(stem(word))), word + " → " + stem(word));
  }

  @Test
  void russianStemsCheckedByHand() {
    // его → ег, это/эти/этого → эт, она/они → он, была/было → был, уже → уж, её/ее → е, более →
    // бол.
    for (String stem : List.of("ег", "эт", "он", "был", "уж", "е", "бол", "что", "не", "и")) {
      assertTrue(RUSSIAN.contains(stem), stem);
    }
    assertEquals("ег", stem("его"));
    assertEquals("эт", stem("это"));
    assertEquals("е", stem("её"));
    // The unstemmed forms are not index terms and are not held.
    for (String word : List.of("его", "это", "была", "уже")) {
      assertFalse(RUSSIAN.contains(word), word);
    }
  }

  @Test
  void russianStemsMatchWhatLucenesSnowballFilterGives() throws IOException {
    for (String word : List.of("Его", "ЭТОГО", "чтобы", "себя", "сказала", "всегда", "можно")) {
      assertEquals(stem(word), snowballFilter(word), word);
    }
  }

  private static String snowballFilter(String word) throws IOException {
    Tokenizer tokenizer = new WhitespaceTokenizer();
    tokenizer.setReader(new StringReader(word));
    try (TokenStream stream =
        new SnowballFilter(new LowerCaseFilter(tokenizer), new RussianStemmer())) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      assertTrue(stream.incrementToken());
      String stem = term.toString();
      stream.end();
      return stem;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"путин", "москва", "россия", "китай", "президент", "переговоры"})
  void russianContentWordsAreNotStopWords(String word) {
    assertFalse(RUSSIAN.contains(stem(word)), word + " → " + stem(word));
  }

  @Test
  void russianStemsSharedWithCommonContentWordsAreLeftOut() {
    // другой → друг as друг (friend), после → посл as посла (ambassador), тем → тем as темы.
    for (String word :
        List.of("друг", "посла", "темы", "большой", "лучший", "хороший", "конечный")) {
      assertFalse(RUSSIAN.contains(stem(word)), word + " → " + stem(word));
    }
    assertEquals(
        StopWords.RUSSIAN_STEMS_KEPT,
        Set.of("друг", "тем", "посл", "больш", "лучш", "хорош", "конечн"));
  }

  @Test
  void chineseFunctionWordsAreStopWordsAndNamesAreNot() {
    for (String word : List.of("的", "了", "在", "是", "和", "我们", "他们", "一个", "以及", "之一")) {
      assertTrue(CHINESE.contains(word), word);
      assertTrue(CHINESE.contains(new BytesRef(word)), word);
    }
    for (String word : List.of("习近平", "中国", "俄罗斯", "人", "年", "说", "发展", "合作")) {
      assertFalse(CHINESE.contains(word), word);
    }
    assertTrue(CHINESE.size() >= 60 && CHINESE.size() <= 100, () -> "" + CHINESE.size());
  }

  @Test
  void aMixedSelectionLeavesOutTheStopWordsOfEachLanguage() {
    StopWords mixed = StopWords.forLanguages(Set.of("en", "ru", "zh"));
    assertTrue(mixed.contains("the"));
    assertTrue(mixed.contains(stem("что")));
    assertTrue(mixed.contains("的"));
    assertFalse(mixed.contains("putin"));
    assertFalse(mixed.contains(stem("путин")));
    assertFalse(mixed.contains("习近平"));
  }

  @Test
  void bytesAreComparedByContentNotBySlice() {
    byte[] buffer = "xxthe".getBytes(StandardCharsets.UTF_8);
    assertTrue(StopWords.ENGLISH.contains(new BytesRef(buffer, 2, 3)));
    assertFalse(StopWords.ENGLISH.contains(new BytesRef(buffer, 0, 3)));
  }

  @Test
  void termFilterDefaultsToEnglishAndTakesOtherLists() {
    TermFilter english = new TermFilter(1, false);
    assertTrue(english.admits(new BytesRef("die"), 5));
    assertFalse(english.admits(new BytesRef("the"), 5));
    TermFilter german = new TermFilter(1, false, StopWords.forLanguages(Set.of("en", "de")));
    assertFalse(german.admits(new BytesRef("die"), 5));
    assertFalse(german.admitsSequence("die", "wahl"));
    assertTrue(german.admitsSequence("wahl", "ergebnis"));
    assertTrue(new TermFilter(1, true, german.stopWords()).admits(new BytesRef("die"), 5));
    assertThrows(NullPointerException.class, () -> new TermFilter(1, false, null));
  }
}
