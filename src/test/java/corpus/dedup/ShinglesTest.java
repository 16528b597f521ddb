package corpus.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Shingles of word hashes; how the index's words become them is ForwardShinglesTest's. */
class ShinglesTest {

  private static long word(String word) {
    byte[] utf8 = word.getBytes(StandardCharsets.UTF_8);
    return Shingles.wordHash(utf8, 0, utf8.length);
  }

  private static long[] words(String... words) {
    return Arrays.stream(words).mapToLong(ShinglesTest::word).toArray();
  }

  @Test
  void aWordsHashIsFnv1aOfItsBytesThenMixed() {
    // The published 64-bit FNV-1a test vectors (Fowler, Noll, Vo): "a" and "foobar".
    assertEquals(Shingles.mix(0xaf63dc4c8601ec8cL), word("a"));
    assertEquals(Shingles.mix(0x85944171f73967e8L), word("foobar"));
    byte[] padded = "xxfoobarxx".getBytes(StandardCharsets.UTF_8);
    assertEquals(word("foobar"), Shingles.wordHash(padded, 2, 6));
    assertNotEquals(word("Foobar"), word("foobar"));
  }

  @Test
  void nWordsHaveNMinusFourShinglesAndWordOrderCounts() {
    long[] ten = words("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "x");
    assertEquals(6, Shingles.of(ten, ten.length).length);
    assertEquals(2, Shingles.of(ten, 6).length, "only the first count words");
    assertFalse(
        Arrays.equals(
            Shingles.of(words("one", "two", "three", "four", "five", "six"), 6),
            Shingles.of(words("two", "one", "three", "four", "five", "six"), 6)));
  }

  @Test
  void fewerWordsThanAShingleMakeOneShingleAndNoWordsNone() {
    assertEquals(1, Shingles.of(words("breaking", "news"), 2).length);
    assertFalse(
        Arrays.equals(
            Shingles.of(words("breaking", "news"), 2), Shingles.of(words("news", "breaking"), 2)));
    assertEquals(0, Shingles.of(new long[0], 0).length);
  }

  @Test
  void repeatedShinglesCountOnce() {
    long[] repeated = words("a", "b", "c", "d", "e", "a", "b", "c", "d", "e", "a");
    // 7 windows, of which "a b c d e" twice and "b c d e a" twice: 5 distinct
    assertEquals(5, Shingles.of(repeated, repeated.length).length);
  }

  @Test
  void workIsBoundedForHugeTexts() {
    long[] huge = new long[Shingles.MAX_WORDS * 3];
    for (int i = 0; i < huge.length; i++) {
      huge[i] = word("w" + i);
    }
    assertEquals(Shingles.MAX_WORDS - Shingles.WORDS + 1, Shingles.of(huge, huge.length).length);
    assertArrayEquals(Shingles.of(huge, Shingles.MAX_WORDS), Shingles.of(huge, huge.length));
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
    long[] s = TextShingles.of(EuroparlArticles.read(1).get(0));
    assertTrue(s.length > 100);
    for (int i = 1; i < s.length; i++) {
      assertTrue(s[i - 1] < s[i]);
    }
  }

  /**
   * The bucket sort against a plain sort: seeded random sizes around the switch at 64 and up to
   * thousands, with repeats, values of both signs, and values crowded into one bucket (the
   * fallback).
   */
  @Test
  void distinctSortedAgreesWithAPlainSort() {
    Random random = new Random(20261203);
    for (int round = 0; round < 400; round++) {
      int n = round < 200 ? random.nextInt(130) : random.nextInt(5000);
      long[] values = new long[n];
      for (int i = 0; i < n; i++) {
        values[i] =
            switch (round % 4) {
              case 0 -> random.nextLong();
              case 1 -> random.nextInt(n / 2 + 1) * 0x9e3779b97f4a7c15L; // many repeats
              case 2 -> random.nextInt(1_000_000) - 500_000; // all in the middle buckets
              default -> Shingles.mix(random.nextInt(n + 1));
            };
      }
      long[] copy = values.clone();
      long[] expected = LongStream.of(values).distinct().sorted().toArray();
      assertArrayEquals(expected, Shingles.distinctSorted(values), "round " + round + ", n " + n);
      assertArrayEquals(copy, values, "the input is left as it was");
    }
  }
}
