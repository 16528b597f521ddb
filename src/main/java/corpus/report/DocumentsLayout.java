package corpus.report;

import static corpus.report.Rows.row;

import corpus.query.DocumentInfo;
import corpus.query.DocumentList;
import java.util.ArrayList;
import java.util.List;

/** {@code docs}: one row per article. */
public final class DocumentsLayout implements Layout<DocumentList> {
  private static final List<String> COLUMNS =
      List.of("id", "path", "title", "date", "date_source", "tokens");

  @Override
  public Table rows(DocumentList documents) {
    return table(documents, null);
  }

  @Override
  public List<Table> sections(DocumentList documents, boolean unicode) {
    return List.of(table(documents, Rows.count(documents.documents().size(), "document")));
  }

  private static Table table(DocumentList documents, String heading) {
    List<List<Object>> rows = new ArrayList<>();
    for (DocumentInfo d : documents.documents()) {
      rows.add(row(d.id(), d.path(), d.title(), d.date(), d.dateSource(), d.tokens()));
    }
    return new Table(heading, COLUMNS, rows);
  }
}
