package corpus.report;

import static corpus.report.Rows.row;

import corpus.query.CollocateRow;
import corpus.query.CollocateTable;
import corpus.query.CollocatesResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code collocates}: one row per collocate and period; in a terminal, a table per period, led
 * (with periods) by each top collocate's rank in every period side by side.
 */
public final class CollocatesLayout implements Layout<CollocatesResult> {
  @Override
  public Table rows(CollocatesResult result) {
    List<List<Object>> rows = new ArrayList<>();
    for (CollocateTable table : result.tables()) {
      for (CollocateRow r : table.rows()) {
        rows.add(
            row(
                table.period(),
                r.collocate(),
                r.observed(),
                r.expected(),
                r.collocateFrequency(),
                r.mi(),
                r.mi3(),
                r.tScore(),
                r.zScore(),
                r.logLikelihood(),
                r.logDice(),
                r.logRatio(),
                table.nodeFrequency(),
                table.windowTokens(),
                table.corpusTokens()));
      }
    }
    return new Table(
        null,
        List.of(
            "period",
            "collocate",
            "observed",
            "expected",
            "collocate_frequency",
            "mi",
            "mi3",
            "t_score",
            "z_score",
            "log_likelihood",
            "log_dice",
            "log_ratio",
            "node_frequency",
            "window_tokens",
            "corpus_tokens"),
        rows);
  }

  @Override
  public List<Table> sections(CollocatesResult result, boolean unicode) {
    List<Table> sections = new ArrayList<>();
    if (result.tables().size() > 1) {
      sections.add(ranks(result));
    }
    for (CollocateTable table : result.tables()) {
      List<List<Object>> rows = new ArrayList<>();
      int rank = 1;
      for (CollocateRow r : table.rows()) {
        rows.add(
            row(
                rank++,
                r.collocate(),
                r.observed(),
                new Decimal(r.expected(), "%.2f"),
                r.collocateFrequency(),
                new Decimal(r.logLikelihood(), "%.2f"),
                new Decimal(r.logDice(), "%.2f"),
                new Decimal(r.mi(), "%.2f"),
                new Decimal(r.tScore(), "%.2f")));
      }
      String heading =
          (table.period() != null ? table.period() + ": " : "")
              + Rows.count(table.documents(), "document")
              + ", "
              + Rows.count(table.corpusTokens(), "token")
              + "; '"
              + result.node()
              + "' "
              + Rows.count(table.nodeFrequency(), "time")
              + ", "
              + Rows.count(table.windowTokens(), "window token")
              + "; by "
              + result.sort();
      sections.add(
          new Table(
              heading,
              List.of(
                  "rank",
                  "collocate",
                  "observed",
                  "expected",
                  "frequency",
                  "log_likelihood",
                  "log_dice",
                  "mi",
                  "t_score"),
              rows));
    }
    if (result.undatedDocuments() > 0) {
      sections.add(
          new Table(
              Rows.count(result.undatedDocuments(), "undated document") + " in no period",
              List.of(),
              List.of()));
    }
    return sections;
  }

  /** Each collocate that tops some period, with its rank in every period ("-": not shown there). */
  private static Table ranks(CollocatesResult result) {
    Map<String, String[]> ranks = new LinkedHashMap<>();
    List<CollocateTable> tables = result.tables();
    for (int t = 0; t < tables.size(); t++) {
      List<CollocateRow> rows = tables.get(t).rows();
      for (int r = 0; r < rows.size(); r++) {
        String[] byPeriod =
            ranks.computeIfAbsent(rows.get(r).collocate(), c -> new String[tables.size()]);
        byPeriod[t] = Integer.toString(r + 1);
      }
    }
    List<String> columns = new ArrayList<>();
    columns.add("collocate");
    tables.forEach(table -> columns.add(table.period()));
    List<List<Object>> rows = new ArrayList<>();
    for (Map.Entry<String, String[]> collocate : ranks.entrySet()) {
      List<Object> cells = new ArrayList<>();
      cells.add(collocate.getKey());
      for (String rank : collocate.getValue()) {
        cells.add(rank == null ? "-" : rank);
      }
      rows.add(cells);
    }
    return new Table("rank per period, by " + result.sort(), columns, rows);
  }
}
