package corpus.query.lucene;

import corpus.index.Parallel;
import corpus.index.Schema;
import corpus.query.DispersionParts;
import corpus.query.FrequencyQuery;
import corpus.query.FrequencyResult;
import corpus.query.FrequencyRow;
import corpus.query.FrequencyTable;
import corpus.query.WordDispersion;
import corpus.query.WordForm;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * One shard's parts of a frequency table ({@code freq}), counted by the local backend's own code:
 * its tables, its best rows above a count, the exact counts of rows the other shards found, and the
 * forms and dispersion of the rows shown. Tables are named by their place in the cluster's list of
 * labels, so that one shard's periods or sources line up with another's.
 */
public final class FrequencyParts {
  /**
   * One table as this shard holds it.
   *
   * @param label its period or source; null for the whole selection
   * @param start its period's first day, or null
   * @param dispersion the parts of its articles that dispersion is measured over, or null when none
   *     is asked for
   */
  public record Table(
      String label, LocalDate start, long documents, long tokens, DispersionTotals dispersion) {}

  /**
   * A shard's tables for a question.
   *
   * @param outside its selected articles in no table: undated, or without a source
   * @param languages the language codes of its selected articles, for the stop words
   */
  public record Facts(List<Table> tables, long outside, List<String> languages) {}

  /**
   * A row whose forms and dispersion are asked for.
   *
   * @param table its table's place in the cluster's labels
   * @param count its count over the whole cluster
   */
  public record RowAsk(int table, String term, long count) {}

  /**
   * A shard's part of a row: the counts of the word's written forms, and its part of the dispersion
   * (null when none is asked for).
   */
  public record RowPart(Map<String, Long> forms, DispersionPart dispersion) {}

  private final IndexSearcher searcher;
  private final IndexReader reader;
  private final QueryParsing parsing;
  private final FrequencyCount counting;

  FrequencyParts(IndexSearcher searcher, QueryParsing parsing) {
    this.searcher = searcher;
    this.reader = searcher.getIndexReader();
    this.parsing = parsing;
    this.counting = new FrequencyCount(searcher, parsing);
  }

  public Facts facts(FrequencyQuery query) throws IOException {
    FixedBitSet matching = counting.selection(query);
    Buckets tables = counting.tables(query, matching);
    DispersionCount dispersion = dispersion(query, matching, tables);
    List<Table> shown = new ArrayList<>();
    for (int t = 0; t < tables.labels.size(); t++) {
      shown.add(
          new Table(
              tables.labels.get(t),
              tables.starts.get(t),
              tables.documents[t],
              tables.tokens[t],
              dispersion == null ? null : dispersion.totals(t)));
    }
    return new Facts(
        shown, tables.undatedDocuments, List.copyOf(StopWords.languagesOf(reader, matching)));
  }

  /**
   * This shard's rows of each table counted at least that table's minimum, best first.
   *
   * @param labels the cluster's tables
   * @param languages the stop words' languages: those of the whole cluster's selection
   * @param rows rows kept per table at most
   * @param minCounts per table of the cluster, the smallest count kept
   * @return per table of the cluster, in its order
   */
  public List<List<TermCount>> top(
      FrequencyQuery query, List<String> labels, List<String> languages, int rows, long[] minCounts)
      throws IOException {
    Buckets tables = counting.tables(query, counting.selection(query));
    int[] globalOf = globalOf(tables, labels);
    long lowest = Long.MAX_VALUE;
    for (int global : globalOf) {
      lowest = Math.min(lowest, Math.max(1, minCounts[global]));
    }
    List<List<TermCount>> kept = emptyTables(labels.size());
    if (globalOf.length == 0) {
      return kept;
    }
    // One bar for the walk (the lowest table's), each table's own bar after it.
    TermFilter filter =
        new TermFilter(
            (int) Math.min(lowest, Integer.MAX_VALUE),
            query.keepStopwords(),
            StopWords.forLanguages(new HashSet<>(languages)));
    List<FrequencyCount.Ranking> rankings = counting.count(query, tables, filter, rows);
    for (int local = 0; local < globalOf.length; local++) {
      for (TermCount row : rankings.get(local).sorted()) {
        if (row.count() >= minCounts[globalOf[local]]) {
          kept.get(globalOf[local]).add(row);
        }
      }
    }
    return kept;
  }

  /**
   * This shard's counts of the given words (or sequences) in the given tables; a word it does not
   * have is left out.
   *
   * @param terms per table of the cluster, the words whose counts are asked for
   */
  public List<List<TermCount>> counts(
      FrequencyQuery query, List<String> labels, List<List<String>> terms) throws IOException {
    Buckets tables = counting.tables(query, counting.selection(query));
    int[] globalOf = globalOf(tables, labels);
    // Per local table: each word asked for, with its count and articles.
    List<Map<String, long[]>> asked = new ArrayList<>();
    for (int global : globalOf) {
      Map<String, long[]> words = new HashMap<>();
      terms.get(global).forEach(term -> words.put(term, new long[2]));
      asked.add(words);
    }
    if (query.ngram() == 1) {
      countWords(tables, asked);
    } else {
      countSequences(query.ngram(), tables, asked);
    }
    List<List<TermCount>> counted = emptyTables(labels.size());
    for (int local = 0; local < globalOf.length; local++) {
      for (String term : terms.get(globalOf[local])) {
        long[] found = asked.get(local).get(term);
        if (found[0] > 0) {
          counted.get(globalOf[local]).add(new TermCount(term, found[0], found[1]));
        }
      }
    }
    return counted;
  }

  private void countWords(Buckets tables, List<Map<String, long[]>> asked) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, Schema.BODY);
    if (terms == null) {
      return;
    }
    Set<String> words = new TreeSet<>();
    asked.forEach(table -> words.addAll(table.keySet()));
    TermsEnum termsEnum = terms.iterator();
    PostingsEnum postings = null;
    long[] counts = new long[asked.size()];
    long[] documents = new long[asked.size()];
    for (String word : words) {
      if (!termsEnum.seekExact(new BytesRef(word))) {
        continue;
      }
      Arrays.fill(counts, 0);
      Arrays.fill(documents, 0);
      postings = termsEnum.postings(postings, PostingsEnum.FREQS);
      for (int doc = postings.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = postings.nextDoc()) {
        int table = tables.bucketOf[doc];
        if (table >= 0) {
          counts[table] += postings.freq();
          documents[table]++;
        }
      }
      for (int table = 0; table < asked.size(); table++) {
        long[] found = asked.get(table).get(word);
        if (found != null) {
          found[0] = counts[table];
          found[1] = documents[table];
        }
      }
    }
  }

  private void countSequences(int n, Buckets tables, List<Map<String, long[]>> asked)
      throws IOException {
    StoredFields stored = searcher.storedFields();
    // Every sequence asked for was admitted by the question's filter already.
    TermFilter everySequence = new TermFilter(1, true);
    for (int doc = 0; doc < reader.maxDoc(); doc++) {
      int table = tables.bucketOf[doc];
      if (table < 0 || asked.get(table).isEmpty()) {
        continue;
      }
      Map<String, long[]> words = asked.get(table);
      FrequencyCount.sequencesOf(
          stored,
          parsing,
          doc,
          n,
          everySequence,
          (sequence, firstInArticle) -> {
            long[] found = words.get(sequence);
            if (found != null) {
              found[0]++;
              if (firstInArticle) {
                found[1]++;
              }
            }
          });
    }
  }

  /**
   * This shard's parts of the rows shown: null for a row of a table this shard has no article in.
   *
   * @param totals per table of the cluster, the whole cluster's dispersion parts, or null
   */
  public List<RowPart> rows(
      FrequencyQuery query, List<String> labels, List<DispersionTotals> totals, List<RowAsk> asks)
      throws IOException {
    FixedBitSet matching = counting.selection(query);
    Buckets tables = counting.tables(query, matching);
    int[] localOf = new int[labels.size()];
    Arrays.fill(localOf, -1);
    int[] globalOf = globalOf(tables, labels);
    for (int local = 0; local < globalOf.length; local++) {
      localOf[globalOf[local]] = local;
    }
    DispersionCount dispersion = dispersion(query, matching, tables);
    DispersionPart[] dispersions = new DispersionPart[asks.size()];
    if (dispersion != null) {
      Parallel.run(
          asks.size(),
          i -> {
            RowAsk ask = asks.get(i);
            int local = localOf[ask.table()];
            if (local >= 0) {
              dispersions[i] =
                  dispersion.part(ask.term(), local, ask.count(), totals.get(ask.table()));
            }
          });
    }
    WordForms wordForms = new WordForms(reader);
    List<RowPart> parts = new ArrayList<>();
    for (int i = 0; i < asks.size(); i++) {
      int local = localOf[asks.get(i).table()];
      if (local < 0) {
        parts.add(null);
        continue;
      }
      Map<String, Long> forms =
          query.ngram() == 1
              ? wordForms.counts(asks.get(i).term(), doc -> tables.bucketOf[doc] == local)
              : Map.of();
      parts.add(new RowPart(forms, dispersions[i]));
    }
    return parts;
  }

  private DispersionCount dispersion(FrequencyQuery query, FixedBitSet matching, Buckets tables)
      throws IOException {
    // As the local answer: word sequences have no dispersion, nor a question without parts.
    return query.ngram() == 1 && query.parts() != DispersionParts.NONE
        ? new DispersionCount(reader, matching, tables, query.parts())
        : null;
  }

  /** Each of this shard's tables' place among the cluster's. */
  private static int[] globalOf(Buckets tables, List<String> labels) {
    Map<String, Integer> place = new HashMap<>();
    for (int t = 0; t < labels.size(); t++) {
      place.put(labels.get(t), t);
    }
    int[] globalOf = new int[tables.labels.size()];
    for (int t = 0; t < globalOf.length; t++) {
      Integer global = place.get(tables.labels.get(t));
      if (global == null) {
        throw new IllegalStateException("a table the cluster does not have: " + tables.labels);
      }
      globalOf[t] = global;
    }
    return globalOf;
  }

  /**
   * A row's written forms from every shard's counts of them (one index's {@link WordForms}, added
   * up).
   */
  public static List<WordForm> forms(String term, long count, List<Map<String, Long>> shards) {
    Map<String, Long> counts = new HashMap<>();
    shards.forEach(shard -> shard.forEach((form, n) -> counts.merge(form, n, Long::sum)));
    return WordForms.finish(term, count, counts);
  }

  /** A row's dispersion from every shard's part of it ({@link #rows}). */
  public static WordDispersion dispersion(
      long count, DispersionTotals cluster, List<DispersionPart> shards) {
    return DispersionCount.join(count, cluster, shards);
  }

  /** A table of the answer, its rows shown as one index shows them. */
  public static FrequencyTable table(
      FrequencyQuery query,
      String label,
      long documents,
      long tokens,
      List<TermCount> rows,
      List<List<WordForm>> forms,
      List<WordDispersion> dispersions) {
    List<FrequencyRow> shown = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      shown.add(FrequencyCount.row(rows.get(r), tokens, forms.get(r), dispersions.get(r)));
    }
    return FrequencyCount.table(query, label, documents, tokens, shown);
  }

  /**
   * @param outside the selected articles in no table: undated, or without a source
   */
  public static FrequencyResult result(
      FrequencyQuery query, List<FrequencyTable> tables, long outside) {
    return FrequencyCount.result(query, tables, outside);
  }

  private static List<List<TermCount>> emptyTables(int count) {
    List<List<TermCount>> tables = new ArrayList<>();
    for (int t = 0; t < count; t++) {
      tables.add(new ArrayList<>());
    }
    return tables;
  }
}
