package corpus.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ShinglesTest {

  @Test
  void caseAndPunctuationDoNotMatter() {
    assertArrayEquals(
        Shingles.of("The Commission said on Tuesday that it would act."),
        Shingles.of("the COMMISSION said -- on tuesday, that \"it\" would ACT"));
  }

  @Test
  void lowerCasingIgnoresTheDefaultLocale() {
    // surefire runs under tr_TR, where "TITLE".toLowerCase() gives a dotless ı
    assertArrayEquals(
        Shingles.of("TITLE IN CAPITALS IS HERE"), Shingles.of("title in capitals is here"));
  }

  @Test
  void aTextOfNWordsHasNMinusFourShinglesAndWordOrderCounts() {
    assertEquals(6, Shingles.of("one two three four five six seven eight nine ten").length);
    assertFalse(
        Arrays.equals(
            Shingles.of("one two three four five six"),
            Shingles.of("two one three four five six")));
  }

  @Test
  void aShortTextHasOneShingleAndAWordlessTextNone() {
    assertEquals(1, Shingles.of("Breaking news").length);
    assertEquals(0, Shingles.of("").length);
    assertEquals(0, Shingles.of(" -- ... !!! ").length);
  }

  @Test
  void repeatedShinglesCountOnce() {
    assertEquals(1, Shingles.of("a b c d e a b c d e a b c d e a").length - 4);
  }

  @Test
  void chineseCharactersAreWordsEachSoSpacingDoesNotMatter() {
    long[] plain = Shingles.of("中华人民共和国成立于一九四九年");
    assertEquals(15 - 4, plain.length);
    assertArrayEquals(plain, Shingles.of("中华 人民 共和国 成立 于 一九四九年"));
    assertArrayEquals(Shingles.of("iPhone 手机 很好 用"), Shingles.of("iphone手机很好用"));
  }

  @Test
  void combiningMarksStayInTheirWord() {
    // नमस्ते: letters with vowel signs and a virama (marks); one word, not four
    assertArrayEquals(Shingles.of("नमस्ते", 1), Shingles.of("नमस्ते"));
    assertEquals(2, Shingles.of("नमस्ते दुनिया", 1).length);
  }

  @Test
  void workIsBoundedForHugeTexts() {
    StringBuilder huge = new StringBuilder();
    for (int i = 0; huge.length() < 3_000_000; i++) {
      huge.append('w').append(i).append(' ');
    }
    long[] shingles = Shingles.of(huge);
    assertEquals(Shingles.MAX_WORDS - Shingles.WORDS + 1, shingles.length);
    StringBuilder noWords = new StringBuilder();
    noWords.append("-".repeat(Shingles.MAX_CHARS)).append(" five words after the limit");
    assertEquals(0, Shingles.of(noWords).length);
  }

  @Test
  void exactJaccardOfSortedSets() {
    assertEquals(0.5, Shingles.jaccard(new long[] {1, 2, 3}, new long[] {2, 3, 4}), 1e-12);
    assertEquals(1.0, Shingles.jaccard(new long[] {-5, 7}, new long[] {-5, 7}), 1e-12);
    assertEquals(0.0, Shingles.jaccard(new long[] {}, new long[] {}), 1e-12);
    assertEquals(0.0, Shingles.jaccard(new long[] {1}, new long[] {}), 1e-12);
  }

  @Test
  void hashesAreSortedAndDistinct() {
    long[] s = Shingles.of(EuroparlArticles.read(1).get(0));
    for (int i = 1; i < s.length; i++) {
      assertTrue(s[i - 1] < s[i]);
    }
  }
}
