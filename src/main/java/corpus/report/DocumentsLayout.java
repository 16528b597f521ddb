package corpus.report;

import static corpus.report.Rows.row;

import corpus.query.DocumentInfo;
import corpus.query.DocumentList;
import java.util.ArrayList;
import java.util.List;

/** {@code docs}: one row per article. */
public final class DocumentsLayout implements Layout<DocumentList> {
  private static final List<String> COLUMNS =
      List.of(
          "id",
          "path",
          "title",
          "date",
          "date_source",
          "source",
          "source_origin",
          "language",
          "language_origin",
          "tokens",
          "duplicate_of",
          "similarity");

  @Override
  public Table rows(DocumentList documents) {
    List<List<Object>> rows = new ArrayList<>();
    for (DocumentInfo d : documents.documents()) {
      rows.add(
          row(
              d.id(),
              d.path(),
              d.title(),
              d.date(),
              d.dateSource(),
              d.source(),
              d.sourceOrigin(),
              d.language(),
              d.languageOrigin(),
              d.tokens(),
              d.duplicateOf(),
              d.similarity()));
    }
    return new Table(null, COLUMNS, rows);
  }

  /**
   * In a terminal the path is left out (it is the corpus folder and the id again) and the title is
   * shortened like any inner column, so a line fits a wide terminal; JSON and CSV keep both whole.
   */
  @Override
  public List<Table> sections(DocumentList documents, boolean unicode) {
    // The near-duplicate columns only when some article is in a group, which most corpora's
    // listings are not: a column of blanks would only narrow the title.
    boolean grouped = documents.documents().stream().anyMatch(d -> d.similarity() != null);
    List<List<Object>> rows = new ArrayList<>();
    for (DocumentInfo d : documents.documents()) {
      List<Object> row =
          row(d.id(), d.date(), d.dateSource(), d.source(), d.language(), d.title(), d.tokens());
      if (grouped) {
        row = new ArrayList<>(row);
        row.add(d.duplicateOf());
        row.add(d.similarity());
      }
      rows.add(row);
    }
    List<String> columns =
        new ArrayList<>(
            List.of("id", "date", "date_source", "source", "language", "title", "tokens"));
    if (grouped) {
      columns.addAll(List.of("duplicate_of", "similarity"));
    }
    return List.of(new Table(Rows.count(documents.documents().size(), "document"), columns, rows));
  }
}
