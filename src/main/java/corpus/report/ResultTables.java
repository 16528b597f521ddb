package corpus.report;

import corpus.index.IndexSummary;
import corpus.index.IndexVerifier;
import corpus.index.VerifyReport;
import corpus.load.Skipped;
import corpus.query.CompareResult;
import corpus.query.CompareRow;
import corpus.query.CorpusStats;
import corpus.query.DocumentInfo;
import corpus.query.DocumentList;
import corpus.query.FrequencyResult;
import corpus.query.FrequencyRow;
import corpus.query.FrequencyTable;
import corpus.query.KwicLine;
import corpus.query.KwicResult;
import corpus.query.SearchHit;
import corpus.query.SearchResult;
import corpus.query.TrendPoint;
import corpus.query.TrendResult;
import corpus.query.TrendSeries;
import corpus.query.TrendTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lays each result out as rows. {@link #flat} is one table holding everything, for CSV and JSON
 * lines; {@link #sections} is what a person reads in a terminal.
 */
final class ResultTables {
  private ResultTables() {}

  static Table flat(Object result) {
    if (result instanceof DocumentList documents) {
      return documents(documents, null);
    }
    if (result instanceof SearchResult search) {
      List<List<Object>> rows = new ArrayList<>();
      int rank = 1;
      for (SearchHit hit : search.hits()) {
        rows.add(
            row(rank++, hit.id(), hit.path(), hit.date(), hit.score(), hit.title(), hit.snippet()));
      }
      return new Table(
          null, List.of("rank", "id", "path", "date", "score", "title", "snippet"), rows);
    }
    if (result instanceof KwicResult kwic) {
      List<List<Object>> rows = new ArrayList<>();
      for (KwicLine line : kwic.lines()) {
        rows.add(row(line.id(), line.date(), line.left(), line.match(), line.right()));
      }
      return new Table(null, List.of("id", "date", "left", "match", "right"), rows);
    }
    if (result instanceof FrequencyResult frequencies) {
      List<List<Object>> rows = new ArrayList<>();
      for (FrequencyTable table : frequencies.tables()) {
        for (FrequencyRow r : table.rows()) {
          rows.add(
              row(
                  table.period(),
                  r.term(),
                  r.count(),
                  r.documents(),
                  r.perMillion(),
                  table.documents(),
                  table.tokens()));
        }
      }
      return new Table(
          null,
          List.of(
              "period",
              "term",
              "count",
              "documents",
              "per_million",
              "period_documents",
              "period_tokens"),
          rows);
    }
    if (result instanceof CompareResult compare) {
      List<List<Object>> rows = new ArrayList<>();
      for (CompareRow r : compare.rows()) {
        rows.add(
            row(
                r.term(),
                r.aCount(),
                r.bCount(),
                r.aPerMillion(),
                r.bPerMillion(),
                r.logLikelihood(),
                r.logRatio()));
      }
      return new Table(null, COMPARE_COLUMNS, rows);
    }
    if (result instanceof TrendResult trend) {
      List<List<Object>> rows = new ArrayList<>();
      for (TrendSeries series : trend.series()) {
        for (TrendPoint p : series.points()) {
          rows.add(
              row(
                  series.term(),
                  p.period(),
                  p.count(),
                  p.documents(),
                  p.periodDocuments(),
                  p.periodTokens(),
                  p.perMillion()));
        }
      }
      return new Table(null, TREND_COLUMNS, rows);
    }
    if (result instanceof CorpusStats stats) {
      List<List<Object>> rows = new ArrayList<>();
      for (Map.Entry<String, Object> entry : statsEntries(stats)) {
        rows.add(row(entry.getKey(), entry.getValue()));
      }
      for (Map.Entry<Integer, Long> year : stats.documentsPerYear().entrySet()) {
        rows.add(row("documents_per_year." + year.getKey(), year.getValue()));
      }
      return new Table(null, List.of("name", "value"), rows);
    }
    if (result instanceof VerifyReport report) {
      List<List<Object>> rows = new ArrayList<>();
      for (Map.Entry<String, Object> count : verifyCounts(report)) {
        rows.add(row(count.getKey(), null, count.getValue()));
      }
      report.damage().forEach(line -> rows.add(row("damage", null, line)));
      report.agreement().missing().forEach(id -> rows.add(row("missing_from_index", id, null)));
      report.agreement().stale().forEach(id -> rows.add(row("stale_entry", id, null)));
      report.agreement().changed().forEach(id -> rows.add(row("changed_since_indexed", id, null)));
      return new Table(null, List.of("kind", "id", "detail"), rows);
    }
    if (result instanceof IndexSummary summary) {
      List<List<Object>> rows = new ArrayList<>();
      for (Map.Entry<String, Object> count : indexCounts(summary)) {
        rows.add(row(count.getKey(), null, count.getValue()));
      }
      for (Skipped skipped : summary.skipped()) {
        rows.add(row("skipped", skipped.id(), skipped.reason()));
      }
      for (String id : summary.undated()) {
        rows.add(row("undated", id, null));
      }
      for (IndexSummary.Decoding decoding : summary.fallbackEncodings()) {
        rows.add(row("fallback_encoding", decoding.id(), decoding.encoding()));
      }
      return new Table(null, List.of("kind", "id", "detail"), rows);
    }
    throw new IllegalArgumentException("no table layout for " + result.getClass().getSimpleName());
  }

  private static final List<String> COMPARE_COLUMNS =
      List.of(
          "term",
          "a_count",
          "b_count",
          "a_per_million",
          "b_per_million",
          "log_likelihood",
          "log_ratio");

  private static final List<String> TREND_COLUMNS =
      List.of(
          "term",
          "period",
          "count",
          "documents",
          "period_documents",
          "period_tokens",
          "per_million");

  /** Longer series get no sparkline: it would wrap into noise. */
  private static final int SPARKLINE_MAX = 200;

  /**
   * @param unicode sparklines may use block characters
   */
  static List<Table> sections(Object result, boolean unicode) {
    if (result instanceof DocumentList documents) {
      return List.of(documents(documents, count(documents.documents().size(), "document")));
    }
    if (result instanceof SearchResult search) {
      List<List<Object>> rows = new ArrayList<>();
      int rank = 1;
      for (SearchHit hit : search.hits()) {
        rows.add(row(rank++, hit.date(), hit.score(), hit.id(), hit.title(), hit.snippet()));
      }
      String heading =
          count(search.totalHits(), "hit")
              + (search.hits().size() < search.totalHits()
                  ? ", showing " + search.hits().size()
                  : "");
      return List.of(
          new Table(
              heading,
              List.of("rank", "date", "score", "id", "title", "snippet"),
              rows,
              Table.Layout.BLOCKS));
    }
    if (result instanceof KwicResult kwic) {
      Table flat = flat(kwic);
      String heading =
          count(kwic.totalMatches(), "match")
              + (kwic.lines().size() < kwic.totalMatches()
                  ? ", showing " + kwic.lines().size()
                  : "");
      return List.of(flat.withLayout(heading, Table.Layout.CONCORDANCE));
    }
    if (result instanceof FrequencyResult frequencies) {
      List<Table> tables = new ArrayList<>();
      for (FrequencyTable table : frequencies.tables()) {
        List<List<Object>> rows = new ArrayList<>();
        int rank = 1;
        for (FrequencyRow r : table.rows()) {
          rows.add(row(rank++, r.term(), r.count(), r.documents(), r.perMillion()));
        }
        String heading =
            (table.period() == null ? "" : table.period() + ": ")
                + count(table.documents(), "document")
                + ", "
                + count(table.tokens(), "token");
        tables.add(
            new Table(heading, List.of("rank", "term", "count", "documents", "per_million"), rows));
      }
      if (frequencies.undatedDocuments() > 0) {
        tables.add(
            new Table(
                count(frequencies.undatedDocuments(), "undated document") + " in no period",
                List.of(),
                List.of()));
      }
      return tables;
    }
    if (result instanceof CompareResult compare) {
      List<List<Object>> rows = new ArrayList<>();
      for (CompareRow r : compare.rows()) {
        rows.add(
            row(
                r.term(),
                r.aCount(),
                r.bCount(),
                r.aPerMillion(),
                r.bPerMillion(),
                String.format(Locale.ROOT, "%.2f", r.logLikelihood()),
                String.format(Locale.ROOT, "%+.2f", r.logRatio())));
      }
      String heading =
          "A: "
              + count(compare.aDocuments(), "document")
              + ", "
              + count(compare.aTokens(), "token")
              + "; B: "
              + count(compare.bDocuments(), "document")
              + ", "
              + count(compare.bTokens(), "token")
              + "; log ratio > 0: more frequent in B";
      return List.of(new Table(heading, COMPARE_COLUMNS, rows));
    }
    if (result instanceof TrendResult trend) {
      List<Table> tables = new ArrayList<>();
      for (TrendSeries series : trend.series()) {
        List<List<Object>> rows = new ArrayList<>();
        double[] rates = new double[series.points().size()];
        for (int i = 0; i < rates.length; i++) {
          TrendPoint p = series.points().get(i);
          rows.add(
              row(
                  p.period(),
                  p.count(),
                  p.documents(),
                  p.periodDocuments(),
                  p.periodTokens(),
                  p.perMillion()));
          rates[i] = p.perMillion();
        }
        tables.add(
            new Table(
                trendHeading(series, trend.by(), rates, unicode),
                TREND_COLUMNS.subList(1, TREND_COLUMNS.size()),
                rows));
      }
      return tables;
    }
    if (result instanceof CorpusStats stats) {
      List<List<Object>> rows = new ArrayList<>();
      for (Map.Entry<String, Object> entry : statsEntries(stats)) {
        rows.add(row(entry.getKey(), entry.getValue()));
      }
      List<List<Object>> years = new ArrayList<>();
      for (Map.Entry<Integer, Long> year : stats.documentsPerYear().entrySet()) {
        years.add(row(year.getKey(), year.getValue()));
      }
      return List.of(
          new Table(null, List.of("name", "value"), rows),
          new Table("documents per year", List.of("year", "documents"), years));
    }
    if (result instanceof VerifyReport report) {
      List<List<Object>> counts = new ArrayList<>();
      verifyCounts(report).forEach(count -> counts.add(row(count.getKey(), count.getValue())));
      List<Table> tables = new ArrayList<>();
      tables.add(
          new Table(
              report.healthy() ? "healthy" : "NOT healthy", List.of("name", "value"), counts));
      addList(tables, "damage (Lucene CheckIndex)", report.damage());
      IndexVerifier.Agreement agreement = report.agreement();
      addList(
          tables,
          "in the folder, not in the index (first " + agreement.missing().size() + ")",
          agreement.missing());
      addList(
          tables,
          "in the index, gone from the folder (first " + agreement.stale().size() + ")",
          agreement.stale());
      addList(
          tables,
          "changed since indexed (first " + agreement.changed().size() + ")",
          agreement.changed());
      return tables;
    }
    if (result instanceof IndexSummary summary) {
      List<List<Object>> counts = new ArrayList<>();
      for (Map.Entry<String, Object> count : indexCounts(summary)) {
        counts.add(row(count.getKey(), count.getValue()));
      }
      List<Table> tables = new ArrayList<>();
      tables.add(new Table("indexed " + summary.corpus(), List.of("name", "value"), counts));
      if (!summary.skipped().isEmpty()) {
        List<List<Object>> rows = new ArrayList<>();
        summary.skipped().forEach(s -> rows.add(row(s.id(), s.reason())));
        tables.add(new Table("skipped", List.of("file", "reason"), rows));
      }
      if (!summary.undated().isEmpty()) {
        List<List<Object>> rows = new ArrayList<>();
        summary.undated().forEach(id -> rows.add(row(id)));
        tables.add(new Table("undated (indexed, in no date range)", List.of("file"), rows));
      }
      if (!summary.fallbackEncodings().isEmpty()) {
        List<List<Object>> rows = new ArrayList<>();
        summary.fallbackEncodings().forEach(d -> rows.add(row(d.id(), d.encoding())));
        tables.add(new Table("not valid UTF-8, decoded as", List.of("file", "encoding"), rows));
      }
      return tables;
    }
    return List.of(flat(result));
  }

  /**
   * "strike: 14 in 11 months (1 more undated) _.-:# Mann-Kendall tau 0.1273, p 0.6312, Sen's slope
   * +12.5 per million per month" on one line, then the note when there is no test.
   */
  private static String trendHeading(
      TrendSeries series, String by, double[] rates, boolean unicode) {
    var heading =
        new StringBuilder(series.term())
            .append(": ")
            .append(series.total())
            .append(" in ")
            .append(count(rates.length, by));
    if (series.undatedCount() > 0) {
      heading.append(" (").append(series.undatedCount()).append(" more undated)");
    }
    if (rates.length > 0 && rates.length <= SPARKLINE_MAX) {
      heading.append("  ").append(Sparkline.of(rates, unicode));
    }
    TrendTest test = series.trendTest();
    if (test == null) {
      heading.append("  ").append(series.trendNote());
    } else {
      heading.append(
          String.format(
              Locale.ROOT,
              "  Mann-Kendall tau %.4f, p %.4f, Sen's slope %+.4f per million per %s",
              test.tau(),
              test.pValue(),
              test.slopePerPeriod(),
              by));
    }
    return heading.toString();
  }

  private static Table documents(DocumentList documents, String heading) {
    List<List<Object>> rows = new ArrayList<>();
    for (DocumentInfo d : documents.documents()) {
      rows.add(row(d.id(), d.path(), d.title(), d.date(), d.dateSource(), d.tokens()));
    }
    return new Table(
        heading, List.of("id", "path", "title", "date", "date_source", "tokens"), rows);
  }

  private static List<Map.Entry<String, Object>> statsEntries(CorpusStats stats) {
    return List.of(
        Map.entry("documents", stats.documents()),
        Map.entry("dated", stats.dated()),
        Map.entry("undated", stats.undated()),
        entry("first_date", stats.firstDate()),
        entry("last_date", stats.lastDate()),
        Map.entry("tokens", stats.tokens()),
        Map.entry("distinct_terms", stats.distinctTerms()));
  }

  private static void addList(List<Table> tables, String heading, List<String> lines) {
    if (!lines.isEmpty()) {
      List<List<Object>> rows = new ArrayList<>();
      lines.forEach(line -> rows.add(row(line)));
      tables.add(new Table(heading, List.of("file"), rows));
    }
  }

  private static List<Map.Entry<String, Object>> verifyCounts(VerifyReport report) {
    IndexVerifier.Agreement agreement = report.agreement();
    return List.of(
        Map.entry("healthy", report.healthy()),
        Map.entry("checked", report.checksumsOnly() ? "checksums" : "checksums and structure"),
        Map.entry("segments", report.segments()),
        entry("documents", report.documents() < 0 ? null : report.documents()),
        Map.entry("missing_from_index", agreement.missingCount()),
        Map.entry("stale_entries", agreement.staleCount()),
        Map.entry("changed_since_indexed", agreement.changedCount()),
        entry("folder_problem", agreement.folderProblem()));
  }

  private static List<Map.Entry<String, Object>> indexCounts(IndexSummary summary) {
    return List.of(
        Map.entry("added", summary.added()),
        Map.entry("updated", summary.updated()),
        Map.entry("removed", summary.removed()),
        Map.entry("unchanged", summary.unchanged()),
        Map.entry("skipped", summary.skipped().size()),
        Map.entry("undated", summary.undated().size()),
        Map.entry("documents", summary.documents()));
  }

  /** Map.entry refuses null values; a missing date is a real value here. */
  private static Map.Entry<String, Object> entry(String key, Object value) {
    return new java.util.AbstractMap.SimpleImmutableEntry<>(key, value);
  }

  /** "1 hit", "2 hits", "3 matches". */
  private static String count(long n, String noun) {
    String plural = noun.endsWith("ch") ? noun + "es" : noun + "s";
    return n + " " + (n == 1 ? noun : plural);
  }

  private static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }
}
