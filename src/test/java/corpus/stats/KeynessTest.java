package corpus.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expected values were computed independently, by a separate Python script from the formulas in
 * Rayson and Garside (2000) and Hardie (2014), not by this code.
 */
class KeynessTest {

  @ParameterizedTest(name = "a={0} b={1} c={2} d={3}")
  @CsvSource({
    "10, 5, 1000, 1000, 1.69899036795, 1",
    "150, 50, 1000000, 2000000, 145.196139564, 2.58496250072",
    "0, 12, 50000, 80000, 11.6521875788, -3.90689059561",
    "7, 0, 3000, 9000, 19.4081210557, 5.39231742278",
    "40, 40, 10000, 10000, 0, 0",
  })
  void againstAnIndependentComputation(long a, long b, long c, long d, double g2, double logRatio) {
    assertEquals(g2, Keyness.logLikelihood(a, b, c, d), 1e-9);
    assertEquals(logRatio, Keyness.logRatio(a, b, c, d), 1e-10);
  }

  @Test
  void swappingTheCorporaKeepsG2AndNegatesTheLogRatio() {
    Random random = new Random(11);
    for (int i = 0; i < 1000; i++) {
      long c = 1 + random.nextInt(1_000_000);
      long d = 1 + random.nextInt(1_000_000);
      long a = random.nextInt((int) Math.min(c, 500) + 1);
      long b = random.nextInt((int) Math.min(d, 500) + 1);
      double g2 = Keyness.logLikelihood(a, b, c, d);
      assertTrue(g2 >= -1e-9, "G² is never negative");
      assertEquals(g2, Keyness.logLikelihood(b, a, d, c), 1e-9 * Math.max(1, g2));
      assertEquals(-Keyness.logRatio(a, b, c, d), Keyness.logRatio(b, a, d, c), 1e-9);
    }
  }
}
