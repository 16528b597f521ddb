package corpus.report;

import static corpus.report.Rows.row;

import corpus.query.FrequencyResult;
import corpus.query.FrequencyRow;
import corpus.query.FrequencyTable;
import corpus.query.WordDispersion;
import java.util.ArrayList;
import java.util.List;

/** {@code freq}: one row per term and period; in a terminal, one ranked table per period. */
public final class FrequencyLayout implements Layout<FrequencyResult> {
  @Override
  public Table rows(FrequencyResult frequencies) {
    List<List<Object>> rows = new ArrayList<>();
    for (FrequencyTable table : frequencies.tables()) {
      for (FrequencyRow r : table.rows()) {
        WordDispersion d = r.dispersion();
        rows.add(
            row(
                table.period(),
                table.source(),
                r.term(),
                r.count(),
                r.documents(),
                r.perMillion(),
                table.documents(),
                table.tokens(),
                Rows.forms(r.forms()),
                d == null ? null : d.parts(),
                d == null ? null : d.range(),
                d == null ? null : d.dp(),
                d == null ? null : d.dpNorm(),
                d == null ? null : d.juillandD()));
      }
    }
    return new Table(
        null,
        List.of(
            "period",
            "source",
            "term",
            "count",
            "documents",
            "per_million",
            "period_documents",
            "period_tokens",
            "forms",
            "parts",
            "range",
            "dp",
            "dp_norm",
            "juilland_d"),
        rows);
  }

  @Override
  public List<Table> sections(FrequencyResult frequencies, boolean unicode) {
    List<Table> tables = new ArrayList<>();
    for (FrequencyTable table : frequencies.tables()) {
      List<List<Object>> rows = new ArrayList<>();
      boolean grouped = table.rows().stream().anyMatch(r -> r.forms().size() > 1);
      int rank = 1;
      for (FrequencyRow r : table.rows()) {
        Object dpNorm =
            r.dispersion() == null || r.dispersion().dpNorm() == null
                ? null
                : new Decimal(r.dispersion().dpNorm(), "%.3f");
        rows.add(
            grouped
                ? row(
                    rank++,
                    r.term(),
                    r.count(),
                    r.documents(),
                    r.perMillion(),
                    dpNorm,
                    r.forms().size() > 1 ? Rows.formNames(r.forms()) : null)
                : row(rank++, r.term(), r.count(), r.documents(), r.perMillion(), dpNorm));
      }
      String heading =
          (table.period() != null
                  ? table.period() + ": "
                  : table.source() != null ? table.source() + ": " : "")
              + Rows.count(table.documents(), "document")
              + ", "
              + Rows.count(table.tokens(), "token");
      tables.add(
          new Table(
              heading,
              grouped
                  ? List.of("rank", "term", "count", "documents", "per_million", "dp_norm", "forms")
                  : List.of("rank", "term", "count", "documents", "per_million", "dp_norm"),
              rows));
    }
    if (frequencies.withoutSourceDocuments() > 0) {
      tables.add(
          new Table(
              Rows.count(frequencies.withoutSourceDocuments(), "document")
                  + " without a source in no table",
              List.of(),
              List.of()));
    }
    if (frequencies.undatedDocuments() > 0) {
      tables.add(
          new Table(
              Rows.count(frequencies.undatedDocuments(), "undated document") + " in no period",
              List.of(),
              List.of()));
    }
    return tables;
  }
}
