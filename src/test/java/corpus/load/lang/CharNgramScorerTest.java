package corpus.load.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.Test;

/**
 * {@link CharNgramScorer} names the language OpenNLP's own detector names, over the same model, for
 * texts of every language in {@link Passages}: whole, cut at random lengths, mixed (where languages
 * come close), and with what OpenNLP's normalizers rewrite (URLs, handles, numbers, emoji, repeated
 * letters) and lower-case by code point (capitals, dotted İ, letters outside the BMP).
 */
class CharNgramScorerTest {
  private static final LanguageDetectorModel MODEL = LanguageDetector.Model.read();

  @Test
  void namesTheLanguageOpenNlpNamesOnThousandsOfTexts() {
    CharNgramScorer scorer = new CharNgramScorer(MODEL);
    LanguageDetectorME openNlp = new LanguageDetectorME(MODEL);
    List<String> passages = new ArrayList<>(new java.util.TreeSet<>(Passages.BY_LANGUAGE.keySet()));
    List<String> texts = new ArrayList<>(passages);
    Random random = new Random(15);
    String[] noise = {
      " https://example.com/a?b=1 ",
      " @someone ",
      " 2024-08-22 ",
      " 1,234.5 ",
      " \uD83D\uDE00 ",
      " sooooo ",
      " İSTANBUL ",
      " \uD801\uDC00\uD801\uDC28 ",
      " ÀÉÎ ",
      "\n\n",
      " #tag "
    };
    for (int i = 0; i < 3000; i++) {
      String a = passages.get(random.nextInt(passages.size()));
      String b = passages.get(random.nextInt(passages.size()));
      StringBuilder text = new StringBuilder(cut(a, random));
      switch (i % 4) {
        case 1 -> text.append(' ').append(cut(b, random));
        case 2 -> text.insert(random.nextInt(text.length() + 1), noise[i % noise.length]);
        case 3 ->
            text.replace(0, text.length(), text.toString().toUpperCase(java.util.Locale.ROOT));
        default -> {}
      }
      texts.add(text.toString());
    }
    Set<String> named = new HashSet<>();
    int differ = 0;
    for (String text : texts) {
      String expected = openNlp.predictLanguage(text).getLang();
      named.add(expected);
      if (!expected.equals(scorer.best(text))) {
        differ++;
        assertEquals(expected, scorer.best(text), "on: " + text);
      }
    }
    assertEquals(0, differ);
    assertTrue(named.size() >= passages.size(), "every language and more named: " + named);
  }

  private static String cut(String passage, Random random) {
    int length = 1 + random.nextInt(passage.length());
    int start = random.nextInt(passage.length() - length + 1);
    return passage.substring(start, start + length);
  }
}
