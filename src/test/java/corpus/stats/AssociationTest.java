package corpus.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import corpus.stats.Association.Counts;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every measure against published values: UCS's reference output, CQPweb's own download, Evert's R
 * implementation of CQPweb's log ratio (all three from fau-klue/pandas-association-measures, see
 * {@code src/test/resources/association/README.md}), the worked examples in that project's and
 * NLTK's tests, Dunning's 1993 table, and a table small enough to check by hand.
 */
class AssociationTest {

  /**
   * Relative tolerance against values printed to 15 significant digits (UCS, Evert's R). MI, t, z
   * and log ratio agree to about 4e-15. G² differs from UCS by up to 6e-11, and UCS is the one off:
   * it takes log(O22 / E22) directly and loses digits where O22 ≈ E22 (for "certain", 50-digit
   * arithmetic gives 0.829802488958577724, this code 0.8298024889585784, UCS 0.829802488929075).
   * 1e-9 allows for that, while a slip in a formula (N − 1 for N, W for N − W, log10 for log2)
   * moves values by far more.
   */
  private static final double CLOSE = 1e-9;

  private static final double LOG10_2 = Math.log10(2);

  private static void assertClose(double expected, double actual, String what) {
    assertEquals(expected, actual, CLOSE * Math.max(1, Math.abs(expected)), what);
  }

  // ---- UCS -----------------------------------------------------------------------------------

  /**
   * UCS's surface co-occurrence signature is ours: f = O, f1 = W (tokens in the windows), f2 =
   * f_coll, N. UCS prints MI and MI3 in log10, so ours are scaled by log10(2). Its Dice is 2f / (f1
   * + f2), so logDice is checked with the window size in the node's place: 14 + log2(Dice).
   */
  @Test
  void reproducesUcsForEveryRow() throws IOException {
    List<Map<String, String>> rows = table("ucs-gold-100.ds", true);
    assertEquals(94, rows.size());
    int repelled = 0;
    for (Map<String, String> row : rows) {
      long f = Long.parseLong(row.get("f"));
      long f1 = Long.parseLong(row.get("f1"));
      Counts counts =
          new Counts(f, f1, Long.parseLong(row.get("f2")), f1, Long.parseLong(row.get("N")));
      String id = row.get("l2");
      assertClose(number(row, "am.MI"), Association.mi(counts) * LOG10_2, "MI " + id);
      assertClose(number(row, "am.MI3"), Association.mi3(counts) * LOG10_2, "MI3 " + id);
      assertClose(number(row, "am.t.score"), Association.tScore(counts), "t " + id);
      assertClose(number(row, "am.z.score"), Association.zScore(counts), "z " + id);
      assertClose(number(row, "am.log.likelihood"), Association.logLikelihood(counts), "LL " + id);
      assertClose(
          14 + Math.log(number(row, "am.Dice")) / Math.log(2),
          Association.logDice(counts),
          "logDice " + id);
      repelled += Association.logLikelihood(counts) < 0 ? 1 : 0;
    }
    assertEquals(28, repelled, "rows with O < E, where the signs are tested");
  }

  // ---- CQPweb --------------------------------------------------------------------------------

  private static final long BUNDESREGIERUNG_N = 19_720_567;

  /**
   * CQPweb's own download, rounded to three decimals. It gives neither W nor N: N is from the
   * source repository's notes, and W from the most frequent collocate ("die", f_coll = 1,811,869, E
   * = 15465.125), where rounding E moves E·N / f_coll by less than 0.01 of a token: W = 168,324.
   * (Evert's R script averages over all rows and gets 168,329, pulled off by the rows whose small E
   * is rounded hardest.)
   */
  @Test
  void reproducesCqpwebLogRatioAndExpectedFrequency() throws IOException {
    List<String[]> rows = cqpwebRows();
    assertEquals(288, rows.size());
    String[] mostFrequent =
        rows.stream().max((a, b) -> Long.compare(collocate(a), collocate(b))).orElseThrow();
    double window =
        Double.parseDouble(mostFrequent[3]) * BUNDESREGIERUNG_N / collocate(mostFrequent);
    assertEquals(168_324, window, 0.01);
    long w = Math.round(window);
    for (String[] row : rows) {
      Counts counts =
          new Counts(Long.parseLong(row[4]), 28_054, collocate(row), w, BUNDESREGIERUNG_N);
      // CQPweb prints round(x, 3): within half a unit of the third decimal.
      assertEquals(
          Double.parseDouble(row[6]), Association.logRatio(counts), 0.0005 + 1e-12, row[1]);
      // E reaches the page through MySQL's decimal division (four decimals), then PHP's round(x,
      // 3).
      BigDecimal shown =
          new BigDecimal(counts.expected())
              .setScale(4, RoundingMode.HALF_UP)
              .setScale(3, RoundingMode.HALF_UP);
      assertEquals(0, shown.compareTo(new BigDecimal(row[3])), "E of " + row[1]);
    }
  }

  @Test
  void reproducesEvertsFullPrecisionLogRatio() throws IOException {
    List<Map<String, String>> rows = table("log-ratio-gold.tsv", false);
    assertEquals(599, rows.size());
    for (Map<String, String> row : rows) {
      long f1 = Long.parseLong(row.get("f1"));
      Counts counts =
          new Counts(
              Long.parseLong(row.get("f")),
              1,
              Long.parseLong(row.get("f2")),
              f1,
              Long.parseLong(row.get("N")));
      assertClose(number(row, "lr"), Association.logRatio(counts), row.get("lemma"));
    }
  }

  // ---- worked examples -----------------------------------------------------------------------

  /**
   * pandas-association-measures, tests/test_measures.py (MIT), printed to six decimals: the
   * fixed_dataframe's first row (f = f1 = f2 = 10, N = 100), and the first row of df-zeros.tsv
   * ("die": O11 = 13765, O12 = 136035, O21 = 0, O22 = 22858, so W = 149800, N = 172658), which has
   * an empty cell: log-likelihood skips it, log ratio takes it as 0.5. MI there is log10.
   */
  @ParameterizedTest(name = "O={0} W={1} f_coll={2} N={3}")
  @CsvSource({
    "10, 10, 10, 100, 1.0, 2.84605, 9.0, 65.016595, 7.491853, 1.0",
    "13765, 149800, 13765, 172658, 0.061675, 15.532438, 16.675431, 4087.276827, 12.03645, 0.168312",
  })
  void reproducesPandasAssociationMeasuresTests(
      long o,
      long w,
      long fColl,
      long n,
      double mi10,
      double t,
      double z,
      double ll,
      double logRatio,
      double dice) {
    Counts counts = new Counts(o, w, fColl, w, n);
    double sixDecimals = 5e-7;
    assertEquals(mi10, Association.mi(counts) * LOG10_2, sixDecimals);
    assertEquals(t, Association.tScore(counts), sixDecimals);
    assertEquals(z, Association.zScore(counts), sixDecimals);
    assertEquals(ll, Association.logLikelihood(counts), sixDecimals);
    assertEquals(logRatio, Association.logRatio(counts), sixDecimals);
    assertEquals(14 + Math.log(dice) / Math.log(2), Association.logDice(counts), 5e-6);
  }

  /**
   * Dunning (1993), a row of the table of bigrams on p. 72: k(AB) = 110, k(A¬B) = 2442, k(¬AB) =
   * 111, k(¬A¬B) = 29114, −2 log λ = 270.72 (two decimals); as tested in sylvainloiseau/wam
   * (tests/wam.loglikelihood.R, BSD-3-Clause). As counts: W = 110 + 2442, f_coll = 110 + 111, N =
   * 31777.
   */
  @Test
  void reproducesDunningsBigramTable() {
    Counts row = new Counts(110, 2552, 221, 2552, 31_777);
    assertEquals(270.72, Association.logLikelihood(row), 0.005);
  }

  /**
   * NLTK, nltk/test/unit/test_metrics.py (Apache-2.0): BigramAssocMeasures.likelihood_ratio(n_ii,
   * (n_ix, n_xi), n_xx) with n_ii = O, n_ix = W, n_xi = f_coll, n_xx = N, to NLTK's delta of 1e-8;
   * and its table with a negative cell, which NLTK refuses too.
   */
  @Test
  void reproducesNltksLikelihoodRatioTests() {
    assertEquals(2.4142743368419755, Association.logLikelihood(new Counts(2, 4, 4, 4, 20)), 1e-8);
    assertEquals(0, Association.logLikelihood(new Counts(1, 1, 1, 1, 1)), 1e-8);
    assertThrows(IllegalArgumentException.class, () -> new Counts(0, 2, 2, 2, 2));
  }

  /**
   * By hand: O = 4, f_node = 2, f_coll = 8, W = 16, N = 64, so E = 8·16/64 = 2.
   *
   * <pre>
   * MI = log2(4/2) = 1;  MI3 = log2(4³/2) = log2 32 = 5;  t = (4 − 2)/√4 = 1;  z = 2/√2 = √2
   * logDice = 14 + log2(2·4/(2 + 8)) = 14 + log2 0.8
   * log ratio = log2((4/16) / ((8 − 4)/(64 − 16))) = log2(0.25 / (1/12)) = log2 3
   * cells O: 4, 12, 4, 44;  E: 2, 14, 6, 42  (rows 16 and 48, columns 8 and 56)
   * G² = 2(4 ln 2 + 12 ln(12/14) + 4 ln(4/6) + 44 ln(44/42)) = 2.69560163963...
   * </pre>
   */
  @Test
  void aTableSmallEnoughToCheckByHand() {
    Counts counts = new Counts(4, 2, 8, 16, 64);
    assertEquals(2, counts.expected(), 1e-15);
    assertEquals(1, Association.mi(counts), 1e-15);
    assertEquals(5, Association.mi3(counts), 1e-14);
    assertEquals(1, Association.tScore(counts), 1e-15);
    assertEquals(Math.sqrt(2), Association.zScore(counts), 1e-15);
    assertEquals(14 + Math.log(0.8) / Math.log(2), Association.logDice(counts), 1e-14);
    assertEquals(Math.log(3) / Math.log(2), Association.logRatio(counts), 1e-14);
    double g2 =
        2
            * (4 * Math.log(2)
                + 12 * Math.log(12.0 / 14)
                + 4 * Math.log(4.0 / 6)
                + 44 * Math.log(44.0 / 42));
    assertEquals(2.69560163963, g2, 1e-11);
    assertEquals(g2, Association.logLikelihood(counts), 1e-13);
  }

  /**
   * The same margins with O = 0, so E = 2 still. Cells O: 0, 16, 8, 40; E: 2, 14, 6, 42. G² = 2(16
   * ln(16/14) + 8 ln(8/6) + 40 ln(40/42)), negated as O &lt; E. Log ratio takes O as 0.5:
   * log2((0.5/16) / (8/48)) = log2(3/16).
   */
  @Test
  void aCollocateNeverBesideTheNode() {
    Counts counts = new Counts(0, 2, 8, 16, 64);
    assertEquals(Double.NEGATIVE_INFINITY, Association.mi(counts));
    assertEquals(Double.NEGATIVE_INFINITY, Association.mi3(counts));
    assertEquals(Double.NEGATIVE_INFINITY, Association.tScore(counts));
    assertEquals(Double.NEGATIVE_INFINITY, Association.logDice(counts));
    assertEquals(-Math.sqrt(2), Association.zScore(counts), 1e-15);
    double g2 = 2 * (16 * Math.log(16.0 / 14) + 8 * Math.log(8.0 / 6) + 40 * Math.log(40.0 / 42));
    assertEquals(-g2, Association.logLikelihood(counts), 1e-13);
    assertEquals(Math.log(3.0 / 16) / Math.log(2), Association.logRatio(counts), 1e-14);
  }

  @Test
  void aCollocateOnlyEverBesideTheNodeHasItsElsewhereCountTakenAsHalf() {
    // log2((3/10) / (0.5/90)) = log2 54
    Counts counts = new Counts(3, 3, 3, 10, 100);
    assertEquals(Math.log(54) / Math.log(2), Association.logRatio(counts), 1e-13);
  }

  @Test
  void refusesCountsNoCorpusCouldGive() {
    // O, f_node, f_coll, W, N
    long[][] impossible = {
      {-1, 2, 8, 16, 64}, // negative O
      {5, 2, 4, 16, 64}, // O > f_coll
      {5, 2, 8, 4, 64}, // O > W
      {1, 2, 8, 65, 64}, // W > N
      {1, 2, 65, 16, 64}, // f_coll > N
      {0, 2, 60, 16, 64}, // f_coll − O = 60 > N − W = 48: O22 < 0
      {0, 2, 8, 0, 64}, // no window
      {0, 2, 0, 16, 64}, // a collocate that does not occur
      {1, 0, 8, 16, 64}, // a node that does not occur
      {0, 1, 1, 1, 0}, // an empty corpus
    };
    for (long[] c : impossible) {
      assertThrows(
          IllegalArgumentException.class,
          () -> new Counts(c[0], c[1], c[2], c[3], c[4]),
          Arrays.toString(c));
    }
    assertThrows(
        IllegalArgumentException.class,
        () -> Association.logRatio(new Counts(3, 1, 3, 10, 10)),
        "windows covering the corpus leave nothing to compare with");
  }

  /**
   * Seeded random tables: wherever neither count is zero, every signed measure agrees with the sign
   * of O − E, MI3 = MI + 2·log2(O), and |G²| does not change when the node and the collocate swap
   * roles (the table is transposed: W and f_coll swap).
   */
  @Test
  void theMeasuresAgreeOnTheDirection() {
    Random random = new Random(13);
    for (int i = 0; i < 2000; i++) {
      long n = 2 + random.nextInt(2_000_000);
      long w = 1 + (long) (random.nextDouble() * (n - 1));
      long fColl = 1 + (long) (random.nextDouble() * Math.min(n - 1, 5000));
      long low = Math.max(0, fColl - (n - w));
      long high = Math.min(w, fColl);
      long o = low + (long) (random.nextDouble() * (high - low + 1));
      if (o == 0 || o == fColl) {
        continue;
      }
      Counts counts = new Counts(o, 1 + random.nextInt((int) Math.min(n, 5000)), fColl, w, n);
      double direction = Math.signum(o - counts.expected());
      String where = Arrays.toString(new long[] {o, fColl, w, n});
      assertEquals(direction, Math.signum(Association.mi(counts)), where);
      assertEquals(direction, Math.signum(Association.tScore(counts)), where);
      assertEquals(direction, Math.signum(Association.zScore(counts)), where);
      assertEquals(direction, Math.signum(Association.logLikelihood(counts)), where);
      assertEquals(direction, Math.signum(Association.logRatio(counts)), where);
      assertEquals(
          Association.mi(counts) + 2 * Math.log(o) / Math.log(2),
          Association.mi3(counts),
          1e-9,
          where);
      Counts transposed = new Counts(o, 1, w, fColl, n);
      double g2 = Math.abs(Association.logLikelihood(counts));
      assertEquals(
          g2, Math.abs(Association.logLikelihood(transposed)), 1e-9 * Math.max(1, g2), where);
    }
  }

  // ---- reading the reference files -----------------------------------------------------------

  private static long collocate(String[] cqpwebRow) {
    return Long.parseLong(cqpwebRow[2]);
  }

  private static double number(Map<String, String> row, String column) {
    return Double.parseDouble(row.get(column));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = AssociationTest.class.getResourceAsStream("/association/" + name)) {
      if (in == null) {
        throw new IOException("missing test resource association/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A tab-separated table with a header line; UCS files also have '#' comment lines. */
  private static List<Map<String, String>> table(String name, boolean comments) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    String[] header = null;
    for (String line : resource(name).split("\n", -1)) {
      if (line.isEmpty() || (comments && line.startsWith("#"))) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (header == null) {
        header = fields;
        continue;
      }
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.length; i++) {
        row.put(header[i], fields[i]);
      }
      rows.add(row);
    }
    return rows;
  }

  /**
   * CQPweb's download: a description, a rule, column names, then numbered rows: No., lemma, total
   * in corpus (f_coll), expected, observed (O), in no. of texts, log ratio.
   */
  private static List<String[]> cqpwebRows() throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String line : resource("cqpweb-gold-lr.tsv").split("\n", -1)) {
      String[] fields = line.split("\t", -1);
      if (fields.length == 7 && !fields[0].isEmpty() && Character.isDigit(fields[0].charAt(0))) {
        rows.add(fields);
      }
    }
    return rows;
  }
}
