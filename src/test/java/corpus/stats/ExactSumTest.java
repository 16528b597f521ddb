package corpus.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link ExactSum} is the exact sum correctly rounded, as Python's {@code math.fsum} documents it,
 * and so the same whatever the order the values come in.
 */
class ExactSumTest {
  private static double sum(double... values) {
    ExactSum sum = new ExactSum();
    for (double value : values) {
      sum.add(value);
    }
    return sum.value();
  }

  @Test
  void theExamplesOfPythonsFsum() {
    // math.fsum([.1, .1, .1, .1, .1, .1, .1, .1, .1, .1]) == 1.0, where a loop gives
    // 0.9999999999999999
    assertEquals(1.0, sum(.1, .1, .1, .1, .1, .1, .1, .1, .1, .1));
    // Python's test_math: fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]) == 1e-100
    assertEquals(1e-100, sum(1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50));
    // ... and fsum([2.0**53, -0.5, -2.0**-54]) == 2.0**53 - 1.0 (a half-way case broken by the
    // rest)
    assertEquals(Math.pow(2, 53) - 1.0, sum(Math.pow(2, 53), -0.5, -Math.pow(2, -54)));
    assertEquals(0.0, sum());
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void anyOrderGivesTheExactSumRounded(long seed) {
    Random random = new Random(seed);
    List<Double> values = new ArrayList<>();
    int n = 1 + random.nextInt(2000);
    for (int i = 0; i < n; i++) {
      // Magnitudes over many decades, both signs: a naive sum loses most of them.
      values.add((random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(30) - 15));
    }
    BigDecimal exact = BigDecimal.ZERO;
    for (double value : values) {
      exact = exact.add(new BigDecimal(value));
    }
    double expected = exact.round(MathContext.DECIMAL128).doubleValue();
    for (int shuffle = 0; shuffle < 5; shuffle++) {
      Collections.shuffle(values, random);
      assertEquals(expected, sum(values.stream().mapToDouble(Double::doubleValue).toArray()));
    }
  }
}
