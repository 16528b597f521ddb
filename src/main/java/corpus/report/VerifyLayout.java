package corpus.report;

import static corpus.report.Rows.figure;
import static corpus.report.Rows.row;

import corpus.query.VerifyReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code verify}: its figures, then one row per damage line and per file in disagreement. */
public final class VerifyLayout implements Layout<VerifyReport> {
  @Override
  public Table rows(VerifyReport report) {
    List<List<Object>> rows = Rows.kindRows(figures(report));
    VerifyReport.Agreement agreement = report.agreement();
    report.damage().forEach(line -> rows.add(row("damage", null, line)));
    agreement.missing().forEach(id -> rows.add(row("missing_from_index", id, null)));
    agreement.stale().forEach(id -> rows.add(row("stale_entry", id, null)));
    agreement.changed().forEach(id -> rows.add(row("changed_since_indexed", id, null)));
    return new Table(null, Rows.KIND_ID_DETAIL, rows);
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

  /**
   * Damage and drift need different cures, so they read differently: a damaged index is rebuilt,
   * one that is only out of date is updated.
   */
  private static String verdict(VerifyReport report) {
    if (report.healthy()) {
      return "healthy";
    }
    if (!report.damage().isEmpty()) {
      return "DAMAGED: replace it with 'corpus index --rebuild'";
    }
    if (report.agreement().folderProblem() != null) {
      return "NOT CHECKED against its folder: " + report.agreement().folderProblem();
    }
    return "OUT OF DATE with its corpus folder: bring it up to date with 'corpus index'";
  }

  private static List<Map.Entry<String, Object>> figures(VerifyReport report) {
    VerifyReport.Agreement agreement = report.agreement();
    return List.of(
        figure("healthy", report.healthy()),
        figure("checked", report.checksumsOnly() ? "checksums" : "checksums and structure"),
        figure("segments", report.segments()),
        figure("documents", report.documents() < 0 ? null : report.documents()),
        figure("missing_from_index", agreement.missingCount()),
        figure("stale_entries", agreement.staleCount()),
        figure("changed_since_indexed", agreement.changedCount()),
        figure("folder_problem", agreement.folderProblem()));
  }
}
