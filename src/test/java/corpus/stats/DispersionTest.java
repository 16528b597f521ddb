package corpus.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DispersionTest {

  /**
   * The toy corpus of Gries (2008, pp. 406–410), used again in Gries, "Analyzing dispersion"
   * (2020): five parts of 9, 10, 10, 10 and 11 tokens,
   *
   * <pre>
   * b a m n i b e u p | b a s a t b e w q n | b c a g a b e s t a | b a g h a b e a a t |
   * b a h a a b e a x a t
   * </pre>
   */
  private static final long[] TOY_SIZES = {9, 10, 10, 10, 11};

  /**
   * Gries (2008), "Dispersions and adjusted frequencies in corpora", IJCL 13(4), where DP is
   * introduced: the word a, with counts 1, 2, 3, 4, 5 in the toy corpus, has DP = 0.18.
   */
  @Test
  void griesWordAHasDp018() {
    var values = Dispersion.of(new long[] {1, 2, 3, 4, 5}, TOY_SIZES);
    assertEquals(0.18, values.dp(), 0.005);
    assertEquals(5, values.range());
    assertEquals(15, values.frequency());
  }

  /**
   * Gries (2020), "Analyzing dispersion", in Paquot and Gries (eds.), A Practical Handbook of
   * Corpus Linguistics, Springer, pp. 99–118: the values for the words b, i, q and x of the toy
   * corpus, to three decimals (as checked in scattertext's test_Dispersion.py,
   * JasonKessler/scattertext). D is computed there over relative frequencies with the population
   * standard deviation: b's 0.968 (not 1, which raw counts 2, 2, 2, 2, 2 would give) fixes that
   * variant.
   */
  @Test
  void griesToyCorpusWordsBIQX() {
    assertValues(new long[] {2, 2, 2, 2, 2}, 5, 0.02, 0.024, 0.968);
    assertValues(new long[] {1, 0, 0, 0, 0}, 1, 0.82, 1, 0);
    assertValues(new long[] {0, 1, 0, 0, 0}, 1, 0.8, 0.976, 0);
    assertValues(new long[] {0, 0, 0, 0, 1}, 1, 0.78, 0.951, 0);
  }

  private static void assertValues(
      long[] counts, long range, double dp, double dpNorm, double juillandD) {
    var values = Dispersion.of(counts, TOY_SIZES);
    assertEquals(range, values.range());
    assertEquals(dp, values.dp(), 0.0005);
    assertEquals(dpNorm, values.dpNorm(), 0.0005);
    assertEquals(juillandD, values.juillandD(), 0.0005);
  }

  /**
   * Lijffijt and Gries (2012), "Correction to Stefan Th. Gries' 'Dispersions and adjusted
   * frequencies in corpora'", IJCL 17(1), p. 148, Table 1: three equal parts, one with 2/3 of the
   * occurrences, one with the other 1/3: DP = 0.333, DPnorm = 0.5.
   */
  @Test
  void lijffijtAndGriesTable1() {
    var values = Dispersion.of(new long[] {2, 1, 0}, new long[] {1000, 1000, 1000});
    assertEquals(0.333, values.dp(), 0.0005);
    assertEquals(0.5, values.dpNorm(), 0.0005);
    assertEquals(2, values.range());
  }

  /**
   * Carroll (1970), "An alternative to Juilland's usage coefficient for lexical frequencies", ETS
   * Research Bulletin 1970(2), p. 14: counts 0, 4, 3, 2, 1 in five equal parts give D = 0.6464. The
   * sample standard deviation would give 0.6047; the published value is the population one.
   */
  @Test
  void carrollJuillandD() {
    var values = Dispersion.of(new long[] {0, 4, 3, 2, 1}, new long[] {500, 500, 500, 500, 500});
    assertEquals(0.6464, values.juillandD(), 0.00005);
  }

  /**
   * Not a published value but an independent implementation: Lyne's (1985) counts of ALLEMAND over
   * the ten nearly equal tenths of his corpus (his Figure 1 and Appendix I), for which the README
   * of Sönning's R package tlda (lsoenning/tlda) prints D = 0.6038797 and relative range 0.5.
   */
  @Test
  void lyneAllemandAsComputedByTlda() {
    var values =
        Dispersion.of(
            new long[] {2, 0, 1, 1, 3, 0, 3, 0, 0, 0},
            new long[] {8143, 8058, 8271, 8125, 7959, 7941, 8146, 8001, 8003, 7930});
    assertEquals(0.6038797, values.juillandD(), 0.00000005);
    assertEquals(5, values.range());
  }

  @Test
  void aWordThatNeverOccursHasRangeZeroAndNoDispersion() {
    var values = Dispersion.of(new long[] {0, 0, 0}, new long[] {5, 6, 7});
    assertEquals(new Dispersion.Values(0, 3, 0, Double.NaN, Double.NaN, Double.NaN), values);
    var streamed = new Dispersion.Accumulator(0, 3, 18, 5).values();
    assertEquals(values, streamed);
  }

  @Test
  void onePartHasDpZeroAndNoNormalisedValues() {
    var values = Dispersion.of(new long[] {4}, new long[] {10});
    assertEquals(new Dispersion.Values(4, 1, 1, 0, Double.NaN, Double.NaN), values);
    assertEquals(values, new Dispersion.Accumulator(4, 1, 10, 10).add(4, 10).values());
  }

  @Test
  void partsOfSizeZeroAreSkipped() {
    var withEmpty = Dispersion.of(new long[] {0, 1, 0, 3, 0}, new long[] {0, 9, 0, 10, 11});
    var without = Dispersion.of(new long[] {1, 3, 0}, new long[] {9, 10, 11});
    assertEquals(without, withEmpty);
    assertEquals(3, withEmpty.parts());
  }

  @Test
  void aCountInAPartOfSizeZeroIsRejected() {
    assertThrows(
        IllegalArgumentException.class, () -> Dispersion.of(new long[] {1}, new long[] {0}));
    assertThrows(
        IllegalArgumentException.class, () -> Dispersion.of(new long[] {1, 2}, new long[] {3}));
    assertThrows(
        IllegalArgumentException.class, () -> Dispersion.of(new long[] {-1}, new long[] {3}));
  }

  @Test
  void allInTheSmallestPartIsMaximallyConcentrated() {
    var values = Dispersion.of(new long[] {0, 7, 0, 0}, new long[] {20, 5, 30, 45});
    assertEquals(1, values.range());
    assertEquals(1 - 0.05, values.dp(), 1e-12);
    assertEquals(1, values.dpNorm(), 1e-12);
    assertEquals(0, values.juillandD(), 1e-12);
  }

  @Test
  void allInALargerPartIsLessThanOne() {
    var values = Dispersion.of(new long[] {0, 0, 7, 0}, new long[] {20, 5, 30, 45});
    assertEquals(0.7, values.dp(), 1e-12);
    assertEquals(0.7 / 0.95, values.dpNorm(), 1e-12);
    assertEquals(0, values.juillandD(), 1e-12);
  }

  @Test
  void proportionalToPartSizesIsPerfectlyEven() {
    var values = Dispersion.of(new long[] {2, 4, 6}, new long[] {100, 200, 300});
    assertEquals(0, values.dp(), 1e-12);
    assertEquals(0, values.dpNorm(), 1e-12);
    assertEquals(1, values.juillandD(), 1e-12);
  }

  @Test
  void theAccumulatorRejectsPartsOutsideItsTotals() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Dispersion.Accumulator(3, 2, 20, 5).add(1, 4)); // smaller than the smallest
    assertThrows(
        IllegalArgumentException.class,
        () -> new Dispersion.Accumulator(3, 2, 20, 5).add(1, 10).add(1, 10).add(1, 10));
    assertThrows(
        IllegalArgumentException.class, () -> new Dispersion.Accumulator(3, 2, 20, 5).add(4, 10));
    assertThrows(IllegalArgumentException.class, () -> new Dispersion.Accumulator(3, 2, 20, 11));
    assertThrows(
        IllegalStateException.class,
        () -> new Dispersion.Accumulator(3, 2, 20, 5).add(2, 10).values());
  }

  /**
   * The accumulator, given only the parts where the word occurs, in a shuffled order, gives the
   * values of the whole arrays. Sparse counts, as over articles.
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void theAccumulatorEqualsTheArrays(long seed) {
    Random random = new Random(seed);
    for (int round = 0; round < 200; round++) {
      int n = 1 + random.nextInt(round < 100 ? 10 : 3000);
      long[] sizes = new long[n];
      long[] counts = new long[n];
      double density = random.nextDouble();
      for (int i = 0; i < n; i++) {
        sizes[i] = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(2000);
        if (sizes[i] > 0 && random.nextDouble() < density * density) {
          counts[i] = random.nextInt((int) Math.min(sizes[i], 40) + 1);
        }
      }
      var expected = Dispersion.of(counts, sizes);

      long totalSize = 0;
      long minSize = Long.MAX_VALUE;
      for (long size : sizes) {
        if (size > 0) {
          totalSize += size;
          minSize = Math.min(minSize, size);
        }
      }
      var accumulator =
          new Dispersion.Accumulator(
              expected.frequency(),
              expected.parts(),
              totalSize,
              expected.parts() == 0 ? 0 : minSize);
      int start = random.nextInt(n);
      for (int k = 0; k < n; k++) {
        int i = (start + k * 7919) % n; // a permutation: 7919 is a prime larger than n
        if (counts[i] > 0) {
          accumulator.add(counts[i], sizes[i]);
        }
      }
      var actual = accumulator.values();

      assertEquals(expected.frequency(), actual.frequency());
      assertEquals(expected.parts(), actual.parts());
      assertEquals(expected.range(), actual.range());
      assertClose(expected.dp(), actual.dp());
      assertClose(expected.dpNorm(), actual.dpNorm());
      assertClose(expected.juillandD(), actual.juillandD());
      if (expected.frequency() > 0 && expected.parts() > 1) {
        assertTrue(expected.dp() >= 0 && expected.dp() <= 1, "DP in [0, 1]");
        assertTrue(expected.dpNorm() >= 0 && expected.dpNorm() <= 1 + 1e-12, "DPnorm in [0, 1]");
        assertTrue(expected.juillandD() >= 0 && expected.juillandD() <= 1, "D in [0, 1]");
      }
    }
  }

  /** A million articles, a word in fifty of them: the accumulator sees only those fifty. */
  @Test
  void theAccumulatorEqualsTheArraysOverAMillionParts() {
    Random random = new Random(42);
    int n = 1_000_000;
    long[] sizes = new long[n];
    long[] counts = new long[n];
    long totalSize = 0;
    long minSize = Long.MAX_VALUE;
    for (int i = 0; i < n; i++) {
      sizes[i] = 50 + random.nextInt(3000);
      totalSize += sizes[i];
      minSize = Math.min(minSize, sizes[i]);
    }
    for (int k = 0; k < 50; k++) {
      counts[random.nextInt(n)] += 1 + random.nextInt(5);
    }
    var expected = Dispersion.of(counts, sizes);
    var accumulator = new Dispersion.Accumulator(expected.frequency(), n, totalSize, minSize);
    for (int i = n - 1; i >= 0; i--) {
      accumulator.add(counts[i], sizes[i]);
    }
    var actual = accumulator.values();
    assertEquals(expected.range(), actual.range());
    assertEquals(expected.dp(), actual.dp(), 1e-10);
    assertEquals(expected.dpNorm(), actual.dpNorm(), 1e-10);
    assertEquals(expected.juillandD(), actual.juillandD(), 1e-10);
  }

  private static void assertClose(double expected, double actual) {
    if (Double.isNaN(expected)) {
      assertTrue(Double.isNaN(actual), "NaN expected, got " + actual);
    } else {
      assertEquals(expected, actual, 1e-10);
    }
  }

  /** Random parts of sizes 1 to 5,000, a word in about one of {@code every} of them. */
  private record Parts(long[] counts, long[] sizes, long frequency, long total, long min) {
    static Parts random(Random random, int most, int every) {
      int n = 2 + random.nextInt(most);
      long[] counts = new long[n];
      long[] sizes = new long[n];
      long frequency = 0;
      long total = 0;
      long min = Long.MAX_VALUE;
      for (int i = 0; i < n; i++) {
        sizes[i] = 1 + random.nextInt(5000);
        counts[i] =
            random.nextInt(every) == 0 ? random.nextInt((int) Math.min(sizes[i], 50) + 1) : 0;
        frequency += counts[i];
        total += sizes[i];
        min = Math.min(min, sizes[i]);
      }
      return new Parts(counts, sizes, frequency, total, min);
    }

    Dispersion.Accumulator accumulator() {
      return new Dispersion.Accumulator(frequency, counts.length, total, min);
    }
  }

  /**
   * A cluster's shards add a word's parts in another order than one index: the values must be the
   * same to the last bit whatever the order.
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {11, 12, 13, 14, 15})
  void theAccumulatorsValuesDoNotDependOnTheOrderOfTheParts(long seed) {
    Random random = new Random(seed);
    Parts parts = Parts.random(random, 400, 4);
    Dispersion.Values first = null;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < parts.counts().length; i++) {
      order.add(i);
    }
    for (int shuffle = 0; shuffle < 6; shuffle++) {
      Collections.shuffle(order, random);
      Dispersion.Accumulator accumulator = parts.accumulator();
      for (int i : order) {
        accumulator.add(parts.counts()[i], parts.sizes()[i]);
      }
      Dispersion.Values values = accumulator.values();
      if (first == null) {
        first = values;
      }
      assertEquals(first, values, "the same bits in every order");
    }
  }

  /**
   * A cluster's shards each add the parts they hold to their own accumulator and the states are
   * joined: the values are one accumulator's that added every part, to the last bit.
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {21, 22, 23, 24, 25})
  void joinedStatesGiveOneAccumulatorsValues(long seed) {
    Random random = new Random(seed);
    Parts parts = Parts.random(random, 2000, 3);
    Dispersion.Accumulator whole = parts.accumulator();
    int shards = 1 + random.nextInt(5);
    Dispersion.Accumulator[] shard = new Dispersion.Accumulator[shards];
    for (int s = 0; s < shards; s++) {
      shard[s] = parts.accumulator();
    }
    for (int i = 0; i < parts.counts().length; i++) {
      whole.add(parts.counts()[i], parts.sizes()[i]);
      shard[random.nextInt(shards)].add(parts.counts()[i], parts.sizes()[i]);
    }
    Dispersion.Accumulator joined = parts.accumulator();
    for (int s = shards - 1; s >= 0; s--) {
      joined.join(shard[s].state());
    }
    assertEquals(whole.values(), joined.values());
    // Joining one state twice counts its parts twice: the totals catch it.
    if (parts.frequency() > 0) {
      Dispersion.Accumulator twice = parts.accumulator();
      twice.join(whole.state());
      assertThrows(IllegalArgumentException.class, () -> twice.join(whole.state()));
    }
  }
}
