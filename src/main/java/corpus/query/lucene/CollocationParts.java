package corpus.query.lucene;

import corpus.query.CollocateChange;
import corpus.query.CollocateComparisonQuery;
import corpus.query.CollocateRow;
import corpus.query.CollocateSet;
import corpus.query.CollocatesQuery;
import corpus.query.CompareQuery;
import corpus.query.DispersionParts;
import corpus.query.FrequencyQuery;
import corpus.query.Granularity;
import corpus.query.WordForm;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.FixedBitSet;

/**
 * One shard's parts of the collocates of a node ({@code collocates}), counted by the local
 * backend's own code: the node's windows in each table (or in each set of a comparison), which add
 * up over shards since each window lies in one article. The candidates' frequencies and forms are a
 * frequency question's ({@link FrequencyParts#counts}, {@link FrequencyParts#rows}) over the same
 * articles; the rows are ranked by the same code as one index's.
 */
public final class CollocationParts {
  /**
   * One table of a shard.
   *
   * @param label its period, or null for the whole selection
   * @param start its period's first day, or null
   */
  public record Table(
      String label, LocalDate start, long documents, long tokens, NodeWindows windows) {}

  /**
   * A shard's tables.
   *
   * @param outside its selected articles in no table (undated)
   */
  public record Tables(List<Table> tables, long outside) {}

  /** One set of a comparison in a shard. */
  public record SetWindows(long documents, long tokens, NodeWindows windows) {}

  /** A shard's two sets of a comparison. */
  public record Sets(SetWindows a, SetWindows b) {}

  private final IndexReader reader;
  private final Collocation collocation;
  private final TermComparison sets;

  CollocationParts(IndexSearcher searcher, QueryParsing parsing) {
    this.reader = searcher.getIndexReader();
    this.collocation = new Collocation(searcher, parsing);
    this.sets = new TermComparison(searcher, parsing);
  }

  public Tables windows(CollocatesQuery query) throws IOException {
    Buckets tables = collocation.tables(query);
    List<NodeWindows> windows = collocation.windows(query, tables);
    List<Table> shown = new ArrayList<>();
    for (int t = 0; t < tables.labels.size(); t++) {
      shown.add(
          new Table(
              tables.labels.get(t),
              tables.starts.get(t),
              tables.documents[t],
              tables.tokens[t],
              windows.get(t)));
    }
    return new Tables(shown, tables.undatedDocuments);
  }

  public Sets windows(CollocateComparisonQuery query) throws IOException {
    return new Sets(set(query, query.a()), set(query, query.b()));
  }

  private SetWindows set(CollocateComparisonQuery query, CompareQuery.Subset subset)
      throws IOException {
    Buckets set = Buckets.whole(reader, sets.select(subset));
    return new SetWindows(set.documents[0], set.tokens[0], collocation.windowsOf(query, set));
  }

  /**
   * The counts of each word's written forms in the articles of either set, as a comparison's rows
   * are shown.
   */
  public List<Map<String, Long>> forms(CollocateComparisonQuery query, List<String> words)
      throws IOException {
    FixedBitSet either = sets.select(query.a());
    either.or(sets.select(query.b()));
    WordForms forms = new WordForms(reader);
    List<Map<String, Long>> counts = new ArrayList<>();
    for (String word : words) {
      counts.add(forms.counts(word, either::get));
    }
    return counts;
  }

  /** The frequency question over the same tables as a collocates question. */
  public static FrequencyQuery tablesOf(CollocatesQuery query) {
    return new FrequencyQuery(
        0,
        query.range(),
        query.query(),
        query.by(),
        1,
        true,
        1,
        query.sources(),
        false,
        query.languages(),
        DispersionParts.NONE);
  }

  /** The frequency question over one set of a comparison, as one table. */
  public static FrequencyQuery tableOf(CompareQuery.Subset set) {
    return new FrequencyQuery(
        0,
        set.range(),
        set.query(),
        Granularity.NONE,
        1,
        true,
        1,
        set.sources(),
        false,
        set.languages(),
        DispersionParts.NONE);
  }

  /** The words of a table's windows that may be its rows. */
  public static Set<String> candidates(CollocatesQuery query, NodeWindows table) {
    return Collocation.candidates(table, query.minCount());
  }

  /** A table's rows, ranked and cut as one index ranks them, before their forms. */
  public static List<CollocateRow> ranked(
      CollocatesQuery query,
      NodeWindows table,
      long corpusTokens,
      ToLongFunction<String> frequency) {
    return Collocation.ranked(query, table, corpusTokens, frequency);
  }

  public static CollocateRow shown(CollocateRow row, List<WordForm> forms) {
    return Collocation.shown(row, forms);
  }

  /** The words that may be rows of a comparison. */
  public static Set<String> candidates(
      CollocateComparisonQuery query, NodeWindows a, NodeWindows b) {
    return Collocation.candidates(a, b, query.minCount());
  }

  /** The gains and the losses, ranked and cut as one index ranks them, before their forms. */
  public static List<List<CollocateChange>> changes(
      CollocateComparisonQuery query,
      SetWindows a,
      SetWindows b,
      Set<String> candidates,
      ToLongFunction<String> aFrequency,
      ToLongFunction<String> bFrequency) {
    return Collocation.changes(
        query,
        a.windows(),
        a.tokens(),
        b.windows(),
        b.tokens(),
        candidates,
        aFrequency,
        bFrequency);
  }

  /** A change's frequency in both sets: the count its written forms share. */
  public static long formsFrequency(CollocateChange change) {
    return Collocation.formsFrequency(change);
  }

  public static CollocateChange shown(CollocateChange change, List<WordForm> forms) {
    return Collocation.shown(change, forms);
  }

  public static CollocateSet shown(SetWindows set) {
    return new CollocateSet(
        set.documents(), set.tokens(), set.windows().nodeFrequency(), set.windows().windowTokens());
  }
}
