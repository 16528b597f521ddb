package corpus.report;

import static corpus.report.Rows.row;

import corpus.query.CollocateChange;
import corpus.query.CollocateComparison;
import corpus.query.CollocateSet;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code collocates --a-... --b-...}: the collocates that gained most from A to B, then those that
 * lost most, each list by G²; in a terminal, the two sets' windows, then a table per list.
 */
public final class CollocatesComparisonLayout implements Layout<CollocateComparison> {
  private static final List<String> COLUMNS =
      List.of(
          "change",
          "rank",
          "collocate",
          "a_observed",
          "b_observed",
          "a_score",
          "b_score",
          "score_change",
          "log_likelihood",
          "log_ratio",
          "measure",
          "a_window_tokens",
          "b_window_tokens");

  @Override
  public Table rows(CollocateComparison result) {
    List<List<Object>> rows = new ArrayList<>();
    for (String change : List.of("gained", "lost")) {
      List<CollocateChange> list = change.equals("gained") ? result.gained() : result.lost();
      int rank = 1;
      for (CollocateChange c : list) {
        rows.add(
            row(
                change,
                rank++,
                c.collocate(),
                c.aObserved(),
                c.bObserved(),
                c.aScore(),
                c.bScore(),
                c.scoreChange(),
                c.logLikelihood(),
                c.logRatio(),
                result.sort(),
                result.a().windowTokens(),
                result.b().windowTokens()));
      }
    }
    return new Table(null, COLUMNS, rows);
  }

  @Override
  public List<Table> sections(CollocateComparison result, boolean unicode) {
    List<Table> sections = new ArrayList<>();
    sections.add(new Table("A: " + set(result.a(), result.node()), List.of(), List.of()));
    sections.add(new Table("B: " + set(result.b(), result.node()), List.of(), List.of()));
    sections.add(list("gained in B", result.gained(), result.sort()));
    sections.add(list("lost in B", result.lost(), result.sort()));
    return sections;
  }

  private static String set(CollocateSet set, String node) {
    return Rows.count(set.documents(), "document")
        + ", "
        + Rows.count(set.corpusTokens(), "token")
        + "; '"
        + node
        + "' "
        + Rows.count(set.nodeFrequency(), "time")
        + ", "
        + Rows.count(set.windowTokens(), "window token");
  }

  private static Table list(String title, List<CollocateChange> changes, String sort) {
    List<List<Object>> rows = new ArrayList<>();
    int rank = 1;
    for (CollocateChange c : changes) {
      rows.add(
          row(
              rank++,
              c.collocate(),
              c.aObserved(),
              c.bObserved(),
              score(c.aScore(), "%.2f"),
              score(c.bScore(), "%.2f"),
              score(c.scoreChange(), "%+.2f"),
              new Decimal(c.logLikelihood(), "%.2f"),
              new Decimal(c.logRatio(), "%+.2f")));
    }
    return new Table(
        title + ", by log-likelihood of its share of the windows; log ratio > 0: larger in B",
        List.of(
            "rank",
            "collocate",
            "a_observed",
            "b_observed",
            "a_" + sort,
            "b_" + sort,
            "change",
            "log_likelihood",
            "log_ratio"),
        rows);
  }

  /** A measure for a person: "-" where the collocate is not in that set's windows. */
  private static Object score(Double value, String format) {
    return value == null ? "-" : new Decimal(value, format);
  }
}
