package corpus.report;

import static corpus.report.Rows.row;

import corpus.query.TrendPoint;
import corpus.query.TrendResult;
import corpus.query.TrendSeries;
import corpus.query.TrendTestResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code trend}: one row per series and period; in a terminal, one table per series under a heading
 * with its total, a sparkline and the trend test.
 */
public final class TrendLayout implements Layout<TrendResult> {
  private static final List<String> COLUMNS =
      List.of(
          "term",
          "source",
          "period",
          "count",
          "documents",
          "period_documents",
          "period_tokens",
          "per_million");

  /** Longer series get no sparkline: it would wrap into noise. */
  private static final int SPARKLINE_MAX = 200;

  @Override
  public Table rows(TrendResult trend) {
    List<List<Object>> rows = new ArrayList<>();
    for (TrendSeries series : trend.series()) {
      for (TrendPoint p : series.points()) {
        List<Object> row = new ArrayList<>(COLUMNS.size());
        row.add(series.term());
        row.add(series.source());
        row.addAll(cells(p));
        rows.add(row);
      }
    }
    return new Table(null, COLUMNS, rows);
  }

  @Override
  public List<Table> sections(TrendResult trend, boolean unicode) {
    List<Table> tables = new ArrayList<>();
    for (TrendSeries series : trend.series()) {
      List<List<Object>> rows = new ArrayList<>();
      double[] rates = new double[series.points().size()];
      for (int i = 0; i < rates.length; i++) {
        TrendPoint p = series.points().get(i);
        rows.add(cells(p));
        rates[i] = p.periodDocuments() > 0 ? p.perMillion() : Double.NaN; // no articles, no rate
      }
      tables.add(
          new Table(
              heading(series, trend.by(), rates, unicode),
              COLUMNS.subList(2, COLUMNS.size()),
              rows));
    }
    return tables;
  }

  /**
   * "strike: 14 in 11 months (1 more undated) _.-:# Mann-Kendall tau 0.1273, p 0.6312, Sen's slope
   * +12.5 per million per month" on one line, then the note when there is no test.
   */
  private static String heading(TrendSeries series, String by, double[] rates, boolean unicode) {
    var heading =
        new StringBuilder(series.label())
            .append(": ")
            .append(series.total())
            .append(" in ")
            .append(Rows.count(rates.length, by));
    if (series.undatedCount() > 0) {
      heading.append(" (").append(series.undatedCount()).append(" more undated)");
    }
    if (rates.length > 0 && rates.length <= SPARKLINE_MAX) {
      heading.append("  ").append(Sparkline.of(rates, unicode));
    }
    TrendTestResult test = series.trendTest();
    if (test == null) {
      heading.append("  ").append(series.trendNote());
    } else {
      heading.append(
          String.format(
              Locale.ROOT,
              "  Mann-Kendall tau %.4f, p %.4f, Sen's slope %+.4f per million per %s",
              test.tau(),
              test.pValue(),
              test.slopePerPeriod(),
              by));
    }
    return heading.toString();
  }

  /** A point's cells, the columns after {@code term} and {@code source}. */
  private static List<Object> cells(TrendPoint p) {
    return row(
        p.period(),
        p.count(),
        p.documents(),
        p.periodDocuments(),
        p.periodTokens(),
        p.perMillion());
  }
}
