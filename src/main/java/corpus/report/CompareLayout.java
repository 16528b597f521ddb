package corpus.report;

import corpus.query.CompareResult;
import corpus.query.CompareRow;
import corpus.query.WordDispersion;
import java.util.ArrayList;
import java.util.List;

/** {@code compare}: one row per word, by G². */
public final class CompareLayout implements Layout<CompareResult> {
  private static final List<String> COLUMNS =
      List.of(
          "term",
          "a_count",
          "b_count",
          "a_per_million",
          "b_per_million",
          "log_likelihood",
          "log_ratio");

  /** CSV and JSON lines add the forms a row counted, where its words' forms are grouped. */
  private static final List<String> EXPORT_COLUMNS = exportColumns();

  private static List<String> exportColumns() {
    List<String> columns = new ArrayList<>(COLUMNS);
    columns.add("forms");
    for (String set : List.of("a", "b")) {
      for (String figure : List.of("range", "dp", "dp_norm", "juilland_d")) {
        columns.add(set + "_" + figure);
      }
    }
    return List.copyOf(columns);
  }

  @Override
  public Table rows(CompareResult compare) {
    List<List<Object>> rows = new ArrayList<>();
    for (CompareRow r : compare.rows()) {
      List<Object> cells = new ArrayList<>(row(r, r.logLikelihood(), r.logRatio()));
      cells.add(Rows.forms(r.forms()));
      for (WordDispersion d : new WordDispersion[] {r.aDispersion(), r.bDispersion()}) {
        cells.add(d == null ? null : d.range());
        cells.add(d == null ? null : d.dp());
        cells.add(d == null ? null : d.dpNorm());
        cells.add(d == null ? null : d.juillandD());
      }
      rows.add(cells);
    }
    return new Table(null, EXPORT_COLUMNS, rows);
  }

  /** In a terminal the two statistics read as text: two decimals, the log ratio signed. */
  @Override
  public List<Table> sections(CompareResult compare, boolean unicode) {
    List<List<Object>> rows = new ArrayList<>();
    for (CompareRow r : compare.rows()) {
      rows.add(row(r, new Decimal(r.logLikelihood(), "%.2f"), new Decimal(r.logRatio(), "%+.2f")));
    }
    String heading =
        "A: "
            + Rows.count(compare.aDocuments(), "document")
            + ", "
            + Rows.count(compare.aTokens(), "token")
            + "; B: "
            + Rows.count(compare.bDocuments(), "document")
            + ", "
            + Rows.count(compare.bTokens(), "token")
            + "; log ratio > 0: more frequent in B";
    return List.of(new Table(heading, COLUMNS, rows));
  }

  /** A word's cells, with its two statistics as given: numbers, or text for a person. */
  private static List<Object> row(CompareRow r, Object logLikelihood, Object logRatio) {
    return Rows.row(
        r.term(),
        r.aCount(),
        r.bCount(),
        r.aPerMillion(),
        r.bPerMillion(),
        logLikelihood,
        logRatio);
  }
}
