package corpus.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LshIndexTest {

  @Test
  void aSignatureFindsItsTwinAndNotAStranger() {
    LshIndex index = new LshIndex();
    Signature a = MinHash.DEFAULT.sign(TextShingles.of(words(new Random(1), 300)));
    Signature b = MinHash.DEFAULT.sign(TextShingles.of(words(new Random(2), 300)));
    index.add("a", a);
    index.add("b", b);
    assertEquals(List.of("a"), index.candidates(a));
    assertEquals(List.of(new LshIndex.Match("a", 1.0)), index.matches(a, 0.8));
    assertEquals(List.of("b"), index.candidates(b));
  }

  @Test
  void removedSignaturesAreNoCandidates() {
    LshIndex index = new LshIndex();
    Signature a = MinHash.DEFAULT.sign(TextShingles.of(words(new Random(1), 100)));
    index.add("a", a);
    assertTrue(index.remove("a"));
    assertFalse(index.remove("a"));
    assertEquals(List.of(), index.candidates(a));
    assertEquals(0, index.size());
    index.add("a", a); // and the id can come back
    assertEquals(List.of("a"), index.candidates(a));
  }

  /**
   * The banding's S-curve, measured: pairs of true Jaccard 0.8 become candidates nearly always
   * (theory 0.9983 for 21 × 6), pairs of 0.3 seldom (theory 0.015).
   */
  @Test
  void candidatesFollowTheSCurve() {
    Random random = new Random(7);
    int high = 0;
    int low = 0;
    int trials = 500;
    for (int t = 0; t < trials; t++) {
      high += collides(random, 0.8) ? 1 : 0;
      low += collides(random, 0.3) ? 1 : 0;
    }
    assertTrue(high >= 0.99 * trials, high + " of " + trials + " at J = 0.8");
    assertTrue(low <= 0.05 * trials, low + " of " + trials + " at J = 0.3");
  }

  @Test
  void signaturesTooShortForTheBandsAreRefused() {
    LshIndex index = new LshIndex();
    Signature shortOne = new MinHash(64).sign(TextShingles.of("a few words to sign here"));
    assertThrows(IllegalArgumentException.class, () -> index.add("s", shortOne));
    index.add("e", Signature.EMPTY);
    assertEquals(List.of(), index.candidates(Signature.EMPTY));
    assertThrows(IllegalArgumentException.class, () -> index.add("e", Signature.EMPTY));
  }

  @Test
  void manyEntriesGrowTheTable() {
    LshIndex index = new LshIndex();
    Random random = new Random(3);
    for (int i = 0; i < 3000; i++) {
      index.add("d" + i, MinHash.DEFAULT.sign(randomHashes(random, 20)));
    }
    Signature again = MinHash.DEFAULT.sign(randomHashes(new Random(3), 20));
    assertEquals(List.of("d0"), index.candidates(again));
  }

  /**
   * The band keys an index on disk files signatures under make the same candidates as the index in
   * memory: two signatures share a key exactly when one is a candidate of the other.
   */
  @Test
  void bandKeysShareAKeyExactlyWhenTheSignaturesAreCandidates() {
    Random random = new Random(11);
    int shared = 0;
    for (int t = 0; t < 300; t++) {
      double j = 0.3 + 0.6 * random.nextDouble();
      Signature[] pair = pair(random, j);
      LshIndex index = new LshIndex();
      index.add("a", pair[0]);
      boolean candidate = !index.candidates(pair[1]).isEmpty();
      long[] a = index.bandKeys(pair[0]);
      long[] b = index.bandKeys(pair[1]);
      assertEquals(LshIndex.DEFAULT_BANDS, a.length);
      boolean anyKey = false;
      for (int band = 0; band < a.length; band++) {
        anyKey |= a[band] == b[band];
      }
      assertEquals(candidate, anyKey, "J = " + j);
      shared += anyKey ? 1 : 0;
    }
    assertTrue(shared > 50 && shared < 290, "both outcomes tried: " + shared);
    assertEquals(0, new LshIndex().bandKeys(Signature.EMPTY).length);
  }

  /** Whether two sets of exactly Jaccard {@code j} are candidates. */
  private static boolean collides(Random random, double j) {
    Signature[] pair = pair(random, j);
    LshIndex index = new LshIndex();
    index.add("a", pair[0]);
    return !index.candidates(pair[1]).isEmpty();
  }

  /** The signatures of two sets of exactly Jaccard {@code j}: 1000 elements in the union. */
  private static Signature[] pair(Random random, double j) {
    int union = 1000;
    int common = (int) Math.round(j * union);
    int onlyA = (union - common) / 2;
    long[] all = randomHashes(random, union);
    long[] a = new long[common + onlyA];
    long[] b = new long[union - onlyA];
    System.arraycopy(all, 0, a, 0, common + onlyA);
    System.arraycopy(all, 0, b, 0, common);
    System.arraycopy(all, common + onlyA, b, common, union - common - onlyA);
    return new Signature[] {MinHash.DEFAULT.sign(a), MinHash.DEFAULT.sign(b)};
  }

  private static long[] randomHashes(Random random, int count) {
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      out[i] = random.nextLong();
    }
    return out;
  }

  private static String words(Random random, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append('w').append(random.nextInt(5000)).append(' ');
    }
    return text.toString();
  }
}
