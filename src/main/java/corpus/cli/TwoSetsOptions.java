package corpus.cli;

import corpus.query.CompareQuery;
import corpus.query.DateRange;
import corpus.query.Languages;
import corpus.query.Sources;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/**
 * Two sets of articles set side by side, A and B, each by dates, a query, sources and languages:
 * {@code --a-from ... --b-language}, as {@code compare} and {@code collocates} take them.
 */
final class TwoSetsOptions {
  @Option(
      names = "--a-from",
      paramLabel = "DATE",
      converter = DateRangeOptions.IsoDate.class,
      description = "Set A: articles dated on or after DATE.")
  LocalDate aFrom;

  @Option(
      names = "--a-to",
      paramLabel = "DATE",
      converter = DateRangeOptions.IsoDate.class,
      description = "Set A: articles dated on or before DATE.")
  LocalDate aTo;

  @Option(
      names = "--a-query",
      paramLabel = "Q",
      description = "Set A: articles matching Q (syntax of 'search').")
  String aQuery;

  @Option(
      names = "--a-source",
      paramLabel = "NAME",
      description = "Set A: articles from this source (outlet), in any case. Repeatable.")
  List<String> aSources = new ArrayList<>();

  @Option(
      names = "--a-language",
      paramLabel = "CODE",
      description = "Set A: articles in this language (ISO 639-1: en, ru, zh). Repeatable.")
  List<String> aLanguages = new ArrayList<>();

  @Option(
      names = "--b-from",
      paramLabel = "DATE",
      converter = DateRangeOptions.IsoDate.class,
      description = "Set B: articles dated on or after DATE.")
  LocalDate bFrom;

  @Option(
      names = "--b-to",
      paramLabel = "DATE",
      converter = DateRangeOptions.IsoDate.class,
      description = "Set B: articles dated on or before DATE.")
  LocalDate bTo;

  @Option(
      names = "--b-query",
      paramLabel = "Q",
      description = "Set B: articles matching Q (syntax of 'search').")
  String bQuery;

  @Option(
      names = "--b-source",
      paramLabel = "NAME",
      description = "Set B: articles from this source (outlet), in any case. Repeatable.")
  List<String> bSources = new ArrayList<>();

  @Option(
      names = "--b-language",
      paramLabel = "CODE",
      description = "Set B: articles in this language (ISO 639-1: en, ru, zh). Repeatable.")
  List<String> bLanguages = new ArrayList<>();

  boolean aGiven() {
    return aFrom != null
        || aTo != null
        || aQuery != null
        || !aSources.isEmpty()
        || !aLanguages.isEmpty();
  }

  boolean bGiven() {
    return bFrom != null
        || bTo != null
        || bQuery != null
        || !bSources.isEmpty()
        || !bLanguages.isEmpty();
  }

  /**
   * @throws IllegalArgumentException for dates out of order or a language that is no code
   */
  CompareQuery.Subset a() {
    return subset("a", aFrom, aTo, aQuery, aSources, aLanguages);
  }

  CompareQuery.Subset b() {
    return subset("b", bFrom, bTo, bQuery, bSources, bLanguages);
  }

  /** The queries given, to be checked before anything is opened. */
  List<String> queries() {
    return Stream.of(aQuery, bQuery).filter(query -> query != null).toList();
  }

  private static CompareQuery.Subset subset(
      String name,
      LocalDate from,
      LocalDate to,
      String query,
      List<String> sources,
      List<String> languages) {
    DateRange range = DateRange.of(from, to, "--" + name + "-from", "--" + name + "-to");
    return new CompareQuery.Subset(range, query, new Sources(sources), new Languages(languages));
  }
}
