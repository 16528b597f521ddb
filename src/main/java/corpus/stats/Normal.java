package corpus.stats;

/** The standard normal distribution's upper tail, without a statistics library for one function. */
final class Normal {
  private Normal() {}

  /**
   * P(Z > z) for a standard normal Z: erfc(z/√2)/2, with erfc from the Chebyshev fit in Press et
   * al., <i>Numerical Recipes</i> (2nd ed., §6.2, erfcc), relative error under 1.2e-7 everywhere.
   */
  static double upperTail(double z) {
    return erfc(z / Math.sqrt(2)) / 2;
  }

  static double erfc(double x) {
    double z = Math.abs(x);
    double t = 1 / (1 + z / 2);
    double r =
        t
            * Math.exp(
                -z * z
                    - 1.26551223
                    + t
                        * (1.00002368
                            + t
                                * (0.37409196
                                    + t
                                        * (0.09678418
                                            + t
                                                * (-0.18628806
                                                    + t
                                                        * (0.27886807
                                                            + t
                                                                * (-1.13520398
                                                                    + t
                                                                        * (1.48851587
                                                                            + t
                                                                                * (-0.82215223
                                                                                    + t
                                                                                        * 0.17087277)))))))));
    return x >= 0 ? r : 2 - r;
  }
}
