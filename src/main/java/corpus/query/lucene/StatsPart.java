package corpus.query.lucene;

import corpus.query.CorpusStats;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One index's share of {@link CorpusStats}: counts that add up across the shards of a cluster. The
 * local backend answers {@code stats} by finishing its one part, a cluster by finishing the sum of
 * its shards' parts, so both sort and total the same way.
 *
 * @param years dated articles per year
 * @param undated articles without a date
 * @param firstDay the first date of a selected article (ISO), or null when none is dated
 * @param lastDay the last, or null
 * @param sources articles per source as written
 * @param withoutSource articles with no source
 * @param languages articles per language code
 * @param withoutLanguage articles of unknown language
 * @param distinctTerms different words of the selected articles in this index; words do not add up
 *     across shards, so a cluster counts the union of its shards' words instead
 */
public record StatsPart(
    Map<Integer, Count> years,
    Count undated,
    String firstDay,
    String lastDay,
    Map<String, Count> sources,
    long withoutSource,
    Map<String, Count> languages,
    long withoutLanguage,
    long distinctTerms) {

  /** Articles and their tokens. */
  public record Count(long documents, long tokens) {
    static final Count NONE = new Count(0, 0);

    Count plus(Count other) {
      return new Count(documents + other.documents, tokens + other.tokens);
    }
  }

  /**
   * The statistics of these parts together.
   *
   * @param distinctTerms the different words of all parts together
   */
  public static CorpusStats finish(List<StatsPart> parts, long distinctTerms) {
    SortedMap<Integer, Count> years = new TreeMap<>();
    Map<String, Count> sources = new TreeMap<>();
    Map<String, Count> languages = new TreeMap<>();
    Count undated = Count.NONE;
    String first = null;
    String last = null;
    long withoutSource = 0;
    long withoutLanguage = 0;
    for (StatsPart part : parts) {
      part.years.forEach((year, count) -> years.merge(year, count, Count::plus));
      part.sources.forEach((source, count) -> sources.merge(source, count, Count::plus));
      part.languages.forEach((code, count) -> languages.merge(code, count, Count::plus));
      undated = undated.plus(part.undated);
      // ISO dates of four-digit years sort as the days they name.
      first =
          part.firstDay == null || (first != null && first.compareTo(part.firstDay) <= 0)
              ? first
              : part.firstDay;
      last =
          part.lastDay == null || (last != null && last.compareTo(part.lastDay) >= 0)
              ? last
              : part.lastDay;
      withoutSource += part.withoutSource;
      withoutLanguage += part.withoutLanguage;
    }
    SortedMap<Integer, Long> perYear = new TreeMap<>();
    long dated = 0;
    long tokens = undated.tokens();
    for (Map.Entry<Integer, Count> year : years.entrySet()) {
      perYear.put(year.getKey(), year.getValue().documents());
      dated += year.getValue().documents();
      tokens += year.getValue().tokens();
    }
    return new CorpusStats(
        dated + undated.documents(),
        dated,
        undated.documents(),
        first == null ? null : LocalDate.parse(first),
        last == null ? null : LocalDate.parse(last),
        tokens,
        distinctTerms,
        Collections.unmodifiableSortedMap(perYear),
        rows(
            sources,
            (source, count) -> new CorpusStats.SourceCount(source, count.documents, count.tokens)),
        withoutSource,
        rows(
            languages,
            (code, count) -> new CorpusStats.LanguageCount(code, count.documents, count.tokens)),
        withoutLanguage);
  }

  private interface Row<T> {
    T of(String label, Count count);
  }

  /** Most articles first, then by label: the order of {@link Buckets#bySource}. */
  private static <T> List<T> rows(Map<String, Count> counts, Row<T> row) {
    List<String> labels = new ArrayList<>(counts.keySet());
    labels.sort(
        Comparator.comparing((String label) -> counts.get(label).documents)
            .reversed()
            .thenComparing(Comparator.naturalOrder()));
    List<T> rows = new ArrayList<>();
    labels.forEach(label -> rows.add(row.of(label, counts.get(label))));
    return List.copyOf(rows);
  }
}
