package corpus.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Expected values were computed independently, by a separate Python script from the textbook
 * formulas (pairs counted directly, ties by Counter, the p-value from math.erfc, the median by
 * statistics.median), not by this code.
 */
class MannKendallTest {
  private static final double CLOSE = 1e-9;

  private static MannKendall.Result test(double... values) {
    return MannKendall.test(values).orElseThrow();
  }

  @Test
  void aRisingSeriesWithATie() {
    MannKendall.Result result = test(12.5, 0, 31.25, 18.0, 40.0, 40.0, 55.5, 22.0, 61.0, 70.25);
    assertEquals(10, result.n());
    assertEquals(32, result.s());
    assertEquals(124, result.variance(), CLOSE);
    assertEquals(2.78388218142, result.z(), 1e-10);
    assertEquals(0.711111111111, result.tau(), 1e-10);
    assertEquals(0.00537125412158, result.pValue(), 1e-8); // erfc fit: relative error < 1.2e-7
    assertEquals(6.41666666667, result.slope(), 1e-10);
  }

  @Test
  void aFallingSeriesWithSeveralTies() {
    MannKendall.Result result = test(5, 4, 4, 3, 1, 2, 0, 0);
    assertEquals(-24, result.s());
    assertEquals(63.3333333333, result.variance(), 1e-9);
    assertEquals(-2.89009196721, result.z(), 1e-10);
    assertEquals(-0.857142857143, result.tau(), 1e-10);
    assertEquals(0.00385129137859, result.pValue(), 1e-8);
    assertEquals(-0.732142857143, result.slope(), 1e-10);
  }

  @Test
  void noTrend() {
    MannKendall.Result flat = test(3, 3, 3, 3, 3);
    assertEquals(0, flat.s());
    assertEquals(0, flat.z());
    assertEquals(1, flat.pValue(), CLOSE);
    assertEquals(0, flat.slope());

    MannKendall.Result zigzag = test(1, 2, 1, 2, 1, 2);
    assertEquals(3, zigzag.s());
    assertEquals(21, zigzag.variance(), CLOSE);
    assertEquals(0.436435780472, zigzag.z(), 1e-10);
    assertEquals(0.66252058354, zigzag.pValue(), 1e-7);
    assertEquals(0, zigzag.slope());
  }

  @Test
  void sensSlopeCountsTheStepsOfASeriesWithGaps() {
    // y = 2x at x = 0, 1, 5, 6: every pairwise slope is 2, though the values climb unevenly.
    MannKendall.Result result =
        MannKendall.test(new double[] {0, 1, 5, 6}, new double[] {0, 2, 10, 12}).orElseThrow();
    assertEquals(2, result.slope(), CLOSE);
    assertEquals(6, result.s());
  }

  @Test
  void tooFewOrTooManyValuesGiveNoTest() {
    assertTrue(MannKendall.test(new double[] {1, 2, 3}).isEmpty());
    assertTrue(MannKendall.test(new double[MannKendall.MAX_VALUES + 1]).isEmpty());
    assertTrue(MannKendall.test(new double[] {1, 2, 3, 4}).isPresent());
  }

  @Test
  void reversingASeriesNegatesEverythingButThePValue() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      double[] values = new double[4 + random.nextInt(60)];
      for (int i = 0; i < values.length; i++) {
        values[i] = random.nextInt(6) * 1.5; // small integers: many ties
      }
      double[] reversed = new double[values.length];
      for (int i = 0; i < values.length; i++) {
        reversed[i] = values[values.length - 1 - i];
      }
      MannKendall.Result forward = test(values);
      MannKendall.Result backward = test(reversed);
      assertEquals(-forward.s(), backward.s());
      assertEquals(-forward.slope(), backward.slope(), CLOSE);
      assertEquals(forward.pValue(), backward.pValue(), CLOSE);
      assertTrue(forward.pValue() >= 0 && forward.pValue() <= 1);
      assertTrue(Math.abs(forward.tau()) <= 1);
    }
  }

  @Test
  void theNormalTailMatchesKnownValues() {
    assertEquals(0.5, Normal.upperTail(0), 1e-7);
    assertEquals(0.025, Normal.upperTail(1.959963984540054), 1e-8);
    assertEquals(0.158655253931457, Normal.upperTail(1), 1e-8);
    assertEquals(0.841344746068543, Normal.upperTail(-1), 1e-8);
  }
}
