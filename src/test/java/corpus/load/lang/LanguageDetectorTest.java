package corpus.load.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageDetectorTest {

  private final LanguageDetector detector = new LanguageDetector();

  static Stream<Arguments> passages() {
    return Passages.BY_LANGUAGE.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .map(entry -> Arguments.of(entry.getValue(), entry.getKey()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("passages")
  void findsTheLanguageOfARealPassage(String language, String passage) {
    assertEquals(language, detector.detect(null, passage));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("passages")
  void theTitleIsReadWithTheText(String language, String passage) {
    assertEquals(language, detector.detect("A headline", passage));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "Hello there",
        "Nineteen letters ab",
        "12 345 678 — 9,5 % (2024-08-22) $ 1 000 000 000 !!! ??? --- *** ///",
        "Новости дня",
        "中国新闻",
        "   \n\t  "
      })
  void textWithTooFewLettersHasNoLanguage(String text) {
    assertNull(detector.detect(null, text));
    assertNull(detector.detect(text, text == null ? null : ""));
  }

  @Test
  void twentyLettersOrMoreAreJudged() {
    assertEquals(20, LanguageDetector.MIN_LETTERS);
    assertEquals(19, LanguageDetector.letters("Nineteen letters here", 100));
    assertNull(detector.detect(null, "Nineteen letters here"));
    assertEquals(24, LanguageDetector.letters("Сегодня в Москве очень тепло.", 100));
    assertEquals("ru", detector.detect(null, "Сегодня в Москве очень тепло."));
    assertEquals(20, LanguageDetector.letters("Сегодня в Москве очень тепло.", 20));
  }

  @Test
  void onlyTheStartOfALongTextIsRead() {
    // The German passage first; enough Russian after it to outweigh it if all were read.
    String text = Passages.DE + "\n\n" + (Passages.RU + "\n\n").repeat(40);
    assertTrue(text.length() > 4 * LanguageDetector.MAX_CHARS);
    assertEquals("de", new LanguageDetector(Passages.DE.length()).detect(null, text));
    assertEquals("ru", detector.detect(null, (Passages.RU + "\n\n").repeat(40) + Passages.DE));
  }

  @Test
  void aCutNeverSplitsASurrogatePair() {
    String text = "a".repeat(99) + "😀" + Passages.EN;
    assertEquals("en", new LanguageDetector(100).detect(Passages.EN, text));
  }

  @Test
  void detectsFromSeveralThreadsAtOnce() throws Exception {
    List<String> passages = new ArrayList<>(Passages.BY_LANGUAGE.keySet());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int thread = 0; thread < 4; thread++) {
        runs.add(
            pool.submit(
                () -> {
                  List<String> found = new ArrayList<>();
                  for (int round = 0; round < 20; round++) {
                    for (String passage : passages) {
                      found.add(detector.detect(null, passage));
                    }
                  }
                  return found;
                }));
      }
      for (Future<List<String>> run : runs) {
        List<String> found = run.get();
        for (int i = 0; i < found.size(); i++) {
          String passage = passages.get(i % passages.size());
          assertEquals(Passages.BY_LANGUAGE.get(passage), found.get(i));
        }
      }
    } finally {
      pool.shutdown();
    }
  }
}
