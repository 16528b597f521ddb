package corpus.report;

import static corpus.report.Rows.row;

import corpus.query.KwicLine;
import corpus.query.KwicResult;
import java.util.ArrayList;
import java.util.List;

/** {@code kwic}: one concordance line per row; in a terminal, matches aligned in one column. */
public final class KwicLayout implements Layout<KwicResult> {
  @Override
  public Table rows(KwicResult kwic) {
    List<List<Object>> rows = new ArrayList<>();
    for (KwicLine line : kwic.lines()) {
      rows.add(row(line.id(), line.date(), line.source(), line.left(), line.match(), line.right()));
    }
    return new Table(null, List.of("id", "date", "source", "left", "match", "right"), rows);
  }

  @Override
  public List<Table> sections(KwicResult kwic, boolean unicode) {
    String heading =
        Rows.count(kwic.totalMatches(), "match")
            + (kwic.lines().size() < kwic.totalMatches() ? ", showing " + kwic.lines().size() : "");
    return List.of(rows(kwic).withLayout(heading, Table.Layout.CONCORDANCE));
  }
}
