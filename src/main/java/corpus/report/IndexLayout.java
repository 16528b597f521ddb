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
    List<List<Object>> rows = new ArrayList<>();
    figures(summary).forEach(f -> rows.add(Rows.countRow(f.getKey(), f.getValue())));
    summary.skipped().forEach(s -> rows.add(Rows.fileRow(SKIPPED, s.id(), s.reason())));
    summary.undated().forEach(id -> rows.add(Rows.fileRow(UNDATED, id, null)));
    summary
        .fallbackEncodings()
        .forEach(d -> rows.add(Rows.fileRow(FALLBACK_ENCODINGS, d.id(), d.encoding())));
    summary.fields().forEach(f -> rows.add(Rows.fileRow(RECORD_FILES, f.file(), roles(f))));
    return new Table(null, Rows.KIND_NAME_COUNT_FILE_DETAIL, rows);
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
    if (!summary.fields().isEmpty()) {
      List<List<Object>> rows = new ArrayList<>();
      summary.fields().forEach(f -> rows.add(row(f.file(), roles(f))));
      tables.add(new Table("record fields read", List.of("file", "fields"), rows));
    }
    return tables;
  }

  // The names of the file lists, as in the JSON; their counts carry the same names.
  private static final String SKIPPED = "skipped";
  private static final String UNDATED = "undated";
  private static final String FALLBACK_ENCODINGS = "fallback_encodings";
  private static final String RECORD_FILES = "record_files";

  /** {@code text=maintext, title=title, date=date_publish}: a role served by several, joined. */
  private static String roles(IndexSummary.FileFields fields) {
    List<String> parts = new ArrayList<>();
    fields.roles().forEach((role, paths) -> parts.add(role + "=" + String.join("|", paths)));
    return String.join(", ", parts);
  }

  private static List<Map.Entry<String, Long>> figures(IndexSummary summary) {
    return List.of(
        figure("added", (long) summary.added()),
        figure("updated", (long) summary.updated()),
        figure("removed", (long) summary.removed()),
        figure("unchanged", (long) summary.unchanged()),
        figure(SKIPPED, (long) summary.skipped().size()),
        figure(UNDATED, (long) summary.undated().size()),
        figure(FALLBACK_ENCODINGS, (long) summary.fallbackEncodings().size()),
        figure(RECORD_FILES, (long) summary.fields().size()),
        figure("documents", summary.documents()),
        figure("duplicate_groups", summary.duplicateGroups()),
        figure("copies", summary.copies()));
  }
}
