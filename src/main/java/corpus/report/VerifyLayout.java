package corpus.report;

import static corpus.report.Rows.figure;
import static corpus.report.Rows.row;

import corpus.query.VerifyReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code verify}: its figures, then one row per damage line and per file in disagreement. */
public final class VerifyLayout implements Layout<VerifyReport> {
  @Override
  public Table rows(VerifyReport report) {
    VerifyReport.Agreement agreement = report.agreement();
    List<List<Object>> rows = new ArrayList<>();
    rows.add(Rows.statusRow("verdict", report.verdict().name().toLowerCase(Locale.ROOT)));
    rows.add(Rows.statusRow("checked", checked(report)));
    rows.add(Rows.countRow("segments", (long) report.segments()));
    rows.add(Rows.countRow("documents", documents(report)));
    rows.add(Rows.countRow(MISSING, agreement.missingCount()));
    rows.add(Rows.countRow(STALE, agreement.staleCount()));
    rows.add(Rows.countRow(CHANGED, agreement.changedCount()));
    if (agreement.folderProblem() != null) {
      rows.add(Rows.statusRow("folder_problem", agreement.folderProblem()));
    }
    report.damage().forEach(line -> rows.add(Rows.damageRow(line)));
    agreement.missing().forEach(id -> rows.add(Rows.fileRow(MISSING, id, null)));
    agreement.stale().forEach(id -> rows.add(Rows.fileRow(STALE, id, null)));
    agreement.changed().forEach(id -> rows.add(Rows.fileRow(CHANGED, id, null)));
    return new Table(null, Rows.KIND_NAME_COUNT_FILE_DETAIL, rows);
  }

  @Override
  public List<Table> sections(VerifyReport report, boolean unicode) {
    List<Table> tables = new ArrayList<>();
    tables.add(new Table(verdict(report), Rows.NAME_VALUE, Rows.figures(figures(report))));
    if (!report.damage().isEmpty()) {
      List<List<Object>> problems = new ArrayList<>();
      report.damage().forEach(line -> problems.add(row(line)));
      tables.add(new Table("damage (Lucene CheckIndex)", List.of("problem"), problems));
    }
    VerifyReport.Agreement agreement = report.agreement();
    Rows.addFileList(
        tables,
        "in the folder, not in the index (first " + agreement.missing().size() + ")",
        agreement.missing());
    Rows.addFileList(
        tables,
        "in the index, gone from the folder (first " + agreement.stale().size() + ")",
        agreement.stale());
    Rows.addFileList(
        tables,
        "changed since indexed (first " + agreement.changed().size() + ")",
        agreement.changed());
    return tables;
  }

  private static String verdict(VerifyReport report) {
    return switch (report.verdict()) {
      case HEALTHY -> "healthy";
      case DAMAGED -> "DAMAGED: replace it with 'corpus index --rebuild'";
      case NOT_CHECKED -> "NOT CHECKED against its folder: " + report.agreement().folderProblem();
      case OUT_OF_DATE ->
          "OUT OF DATE with its corpus folder: bring it up to date with 'corpus index'";
    };
  }

  // The names of the file lists; their counts carry the same names.
  private static final String MISSING = "missing_from_index";
  private static final String STALE = "stale_entries";
  private static final String CHANGED = "changed_since_indexed";

  private static String checked(VerifyReport report) {
    return report.checksumsOnly() ? "checksums" : "checksums and structure";
  }

  /** Unknown, not -1, when the index is damaged. */
  private static Long documents(VerifyReport report) {
    return report.documents() < 0 ? null : report.documents();
  }

  private static List<Map.Entry<String, Object>> figures(VerifyReport report) {
    VerifyReport.Agreement agreement = report.agreement();
    return List.of(
        figure("healthy", report.healthy()),
        figure("checked", checked(report)),
        figure("segments", report.segments()),
        figure("documents", documents(report)),
        figure(MISSING, agreement.missingCount()),
        figure(STALE, agreement.staleCount()),
        figure(CHANGED, agreement.changedCount()),
        figure("folder_problem", agreement.folderProblem()));
  }
}
