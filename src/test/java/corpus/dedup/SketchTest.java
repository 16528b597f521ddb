package corpus.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One-byte slots: the estimate against exact Jaccard, and the band keys. */
class SketchTest {

  private static byte[] sketch(long[] shingles) {
    return Sketch.of(MinHash.DEFAULT.sign(shingles));
  }

  /**
   * Seeded random pairs of sets with exact Jaccard spread over [0, 1]: every estimate within 4.5 of
   * the b-bit estimator's standard errors (Li and König 2010) and no bias; the chance agreement of
   * one slot in 256 is taken out, so disjoint sets estimate about 0, not 1/256.
   */
  @Test
  void estimatesAreWithinTheErrorBoundAndUnbiased() {
    Random random = new Random(2026);
    int pairs = 600;
    double bias = 0;
    double disjoint = 0;
    int disjointPairs = 0;
    for (int p = 0; p < pairs; p++) {
      int common = p % 10 == 0 ? 0 : random.nextInt(400);
      long[] shared = SignatureTest.randomHashes(random, common);
      long[] a =
          SignatureTest.union(shared, SignatureTest.randomHashes(random, 1 + random.nextInt(200)));
      long[] b =
          SignatureTest.union(shared, SignatureTest.randomHashes(random, 1 + random.nextInt(200)));
      double exact = Shingles.jaccard(a, b);
      double estimate = Sketch.estimate(sketch(a), 0, sketch(b), 0);
      double agree = exact + (1 - exact) / 256;
      double error = Math.sqrt(agree * (1 - agree) / Sketch.BYTES) / (1 - 1.0 / 256);
      assertTrue(
          Math.abs(estimate - exact) <= 4.5 * error + 1.0 / Sketch.BYTES,
          "exact " + exact + " estimate " + estimate);
      if (common == 0) {
        disjoint += estimate;
        disjointPairs++;
      } else {
        bias += estimate - exact;
      }
    }
    assertEquals(0, bias / (pairs - disjointPairs), 0.01);
    assertEquals(0, disjoint / disjointPairs, 0.01);
    long[] same = SignatureTest.randomHashes(random, 100);
    assertEquals(1.0, Sketch.estimate(sketch(same), 0, sketch(same.clone()), 0));
  }

  @Test
  void theEstimateReadsEachSketchAtItsOffset() {
    Random random = new Random(7);
    byte[] a = sketch(SignatureTest.randomHashes(random, 50));
    byte[] b = sketch(SignatureTest.randomHashes(random, 50));
    byte[] both = new byte[3 * Sketch.BYTES];
    System.arraycopy(a, 0, both, Sketch.BYTES, Sketch.BYTES);
    System.arraycopy(b, 0, both, 2 * Sketch.BYTES, Sketch.BYTES);
    assertEquals(1.0, Sketch.estimate(both, Sketch.BYTES, a, 0));
    assertEquals(
        Sketch.estimate(a, 0, b, 0), Sketch.estimate(both, Sketch.BYTES, both, 2 * Sketch.BYTES));
  }

  @Test
  void aBandsKeyIsItsBytesAndItsNumber() {
    byte[] sketch = new byte[2 * Sketch.BYTES];
    Arrays.fill(sketch, (byte) 7); // every band holds the same bytes
    Set<Long> keys = new HashSet<>();
    for (int band = 0; band < Sketch.BANDS; band++) {
      keys.add(Sketch.bandKey(sketch, 0, band));
      assertEquals(Sketch.bandKey(sketch, 0, band), Sketch.bandKey(sketch, Sketch.BYTES, band));
    }
    assertEquals(Sketch.BANDS, keys.size(), "equal bytes in two bands make two keys");
    long before = Sketch.bandKey(sketch, 0, 3);
    sketch[3 * Sketch.ROWS + Sketch.ROWS - 1] = 8; // the band's last byte
    assertNotEquals(before, Sketch.bandKey(sketch, 0, 3));
    assertEquals(Sketch.bandKey(sketch, Sketch.BYTES, 4), Sketch.bandKey(sketch, 0, 4));
  }

  @Test
  void aTextWithoutWordsHasNoSketch() {
    assertNull(Sketch.of(Signature.EMPTY));
  }
}
