package corpus.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SparklineTest {
  @Test
  void aPeriodWithoutArticlesIsAGapNotAZero() {
    double[] rates = {4.0, Double.NaN, 0.0, 8.0};

    assertEquals("= _#", Sparkline.of(rates, false)); // 4 of 8: level 3.5, rounded to 4
    assertEquals("\u2585 \u2581\u2588", Sparkline.of(rates, true));
  }

  @Test
  void aSeriesOfZerosIsAFloor() {
    assertEquals("___", Sparkline.of(new double[] {0, 0, 0}, false));
  }
}
