package corpus.report;

import static corpus.report.Rows.figure;
import static corpus.report.Rows.row;

import corpus.query.IndexSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code index}: the run's counts, then one row per skipped, undated or re-decoded file. */
public final class IndexLayout implements Layout<IndexSummary> {
  @Override
  public Table rows(IndexSummary summary) {
    List<List<Object>> rows = Rows.kindRows(figures(summary));
    summary.skipped().forEach(s -> rows.add(row("skipped", s.id(), s.reason())));
    summary.undated().forEach(id -> rows.add(row("undated", id, null)));
    summary
        .fallbackEncodings()
        .forEach(d -> rows.add(row("fallback_encoding", d.id(), d.encoding())));
    return new Table(null, Rows.KIND_ID_DETAIL, rows);
  }

  @Override
  public List<Table> sections(IndexSummary summary, boolean unicode) {
    List<Table> tables = new ArrayList<>();
    tables.add(
        new Table("indexed " + summary.corpus(), Rows.NAME_VALUE, Rows.figures(figures(summary))));
    if (!summary.skipped().isEmpty()) {
      List<List<Object>> rows = new ArrayList<>();
      summary.skipped().forEach(s -> rows.add(row(s.id(), s.reason())));
      tables.add(new Table("skipped", List.of("file", "reason"), rows));
    }
    Rows.addFileList(tables, "undated (indexed, in no date range)", summary.undated());
    if (!summary.fallbackEncodings().isEmpty()) {
      List<List<Object>> rows = new ArrayList<>();
      summary.fallbackEncodings().forEach(d -> rows.add(row(d.id(), d.encoding())));
      tables.add(new Table("not valid UTF-8, decoded as", List.of("file", "encoding"), rows));
    }
    return tables;
  }

  private static List<Map.Entry<String, Object>> figures(IndexSummary summary) {
    return List.of(
        figure("added", summary.added()),
        figure("updated", summary.updated()),
        figure("removed", summary.removed()),
        figure("unchanged", summary.unchanged()),
        figure("skipped", summary.skipped().size()),
        figure("undated", summary.undated().size()),
        figure("documents", summary.documents()));
  }
}
