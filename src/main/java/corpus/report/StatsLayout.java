package corpus.report;

import static corpus.report.Rows.figure;
import static corpus.report.Rows.row;

import corpus.query.CorpusStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code stats}: one {@code name, value} row per figure, years as {@code documents_per_year.2023}.
 */
public final class StatsLayout implements Layout<CorpusStats> {
  @Override
  public Table rows(CorpusStats stats) {
    List<List<Object>> rows = Rows.figures(figures(stats));
    for (Map.Entry<Integer, Long> year : stats.documentsPerYear().entrySet()) {
      rows.add(row("documents_per_year." + year.getKey(), year.getValue()));
    }
    for (CorpusStats.SourceCount source : stats.sources()) {
      rows.add(row("documents_per_source." + source.source(), source.documents()));
    }
    for (CorpusStats.LanguageCount language : stats.languages()) {
      rows.add(row("documents_per_language." + language.language(), language.documents()));
    }
    return new Table(null, Rows.NAME_VALUE, rows);
  }

  @Override
  public List<Table> sections(CorpusStats stats, boolean unicode) {
    List<List<Object>> years = new ArrayList<>();
    for (Map.Entry<Integer, Long> year : stats.documentsPerYear().entrySet()) {
      years.add(row(year.getKey(), year.getValue()));
    }
    List<List<Object>> sources = new ArrayList<>();
    for (CorpusStats.SourceCount source : stats.sources()) {
      sources.add(row(source.source(), source.documents(), source.tokens()));
    }
    List<List<Object>> languages = new ArrayList<>();
    for (CorpusStats.LanguageCount language : stats.languages()) {
      languages.add(row(language.language(), language.documents(), language.tokens()));
    }
    List<Table> tables = new ArrayList<>();
    tables.add(new Table(null, Rows.NAME_VALUE, Rows.figures(figures(stats))));
    tables.add(new Table("documents per year", List.of("year", "documents"), years));
    if (!sources.isEmpty()) {
      tables.add(
          new Table("documents per source", List.of("source", "documents", "tokens"), sources));
    }
    if (!languages.isEmpty()) {
      tables.add(
          new Table(
              "documents per language", List.of("language", "documents", "tokens"), languages));
    }
    return tables;
  }

  private static List<Map.Entry<String, Object>> figures(CorpusStats stats) {
    return List.of(
        figure("documents", stats.documents()),
        figure("dated", stats.dated()),
        figure("undated", stats.undated()),
        figure("first_date", stats.firstDate()),
        figure("last_date", stats.lastDate()),
        figure("tokens", stats.tokens()),
        figure("distinct_terms", stats.distinctTerms()),
        figure("without_source", stats.withoutSource()),
        figure("without_language", stats.withoutLanguage()));
  }
}
