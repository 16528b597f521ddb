package corpus.query.solr;

import com.fasterxml.jackson.databind.JavaType;
import corpus.query.CompareQuery;
import corpus.query.CompareResult;
import corpus.query.CompareRow;
import corpus.query.lucene.ComparisonParts;
import corpus.query.lucene.DispersionPart;
import corpus.query.lucene.DispersionTotals;
import corpus.query.lucene.TopK;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A comparison of two sets ({@code compare}) from a cluster's shards, exact. G² is no sum of the
 * shards' parts, so no row can be ruled out before its counts are added up: every shard sends every
 * word's counts in both sets, in pages in term order, and the pages are merged like sorted runs, a
 * word added up and ranked as soon as no shard can send more of it. Memory holds the pages and the
 * rows kept, not the vocabulary. Forms and dispersion of the rows shown come from a last round.
 */
final class ClusterComparison {
  /** Words of a shard's dictionary a page looks at: a page's answer stays a few MB. */
  private static final int PAGE = 50_000;

  private final Cluster cluster;

  ClusterComparison(Cluster cluster) {
    this.cluster = cluster;
  }

  CompareResult answer(CompareQuery query) throws IOException {
    List<ComparisonParts.Facts> facts =
        cluster.askShards(
            Wire.Op.COMPARE_FACTS, query, Wire.JSON.constructType(ComparisonParts.Facts.class));
    long aDocuments = 0;
    long aTokens = 0;
    long bDocuments = 0;
    long bTokens = 0;
    Set<String> languages = new TreeSet<>();
    List<DispersionTotals> aParts = new ArrayList<>();
    List<DispersionTotals> bParts = new ArrayList<>();
    for (ComparisonParts.Facts shard : facts) {
      aDocuments += shard.aDocuments();
      aTokens += shard.aTokens();
      bDocuments += shard.bDocuments();
      bTokens += shard.bTokens();
      languages.addAll(shard.languages());
      aParts.add(shard.aDispersion());
      bParts.add(shard.bDispersion());
    }
    TopK<CompareRow> kept = new TopK<>(query.rows(), ComparisonParts.STRONGEST_FIRST);
    if (aTokens > 0 && bTokens > 0) {
      if (query.ngram() == 1) {
        rank(query, List.copyOf(languages), facts.size(), aTokens, bTokens, kept);
      } else {
        rankSequences(query, List.copyOf(languages), facts.size(), aTokens, bTokens, kept);
      }
    }
    List<CompareRow> rows = kept.sorted();
    if (query.ngram() > 1) {
      // Sequences have no forms and no dispersion, as in one index.
      return new CompareResult(aDocuments, aTokens, bDocuments, bTokens, rows);
    }
    return new CompareResult(
        aDocuments,
        aTokens,
        bDocuments,
        bTokens,
        shown(query, DispersionTotals.join(aParts), DispersionTotals.join(bParts), rows));
  }

  private void rank(
      CompareQuery query,
      List<String> languages,
      int shards,
      long aTokens,
      long bTokens,
      TopK<CompareRow> kept)
      throws IOException {
    SortedPages.merge(
        shards,
        SortedPages.ofShards(
            cluster,
            Wire.Op.COMPARE_PAGE,
            after -> new Wire.ComparePage(query, languages, after, PAGE),
            ComparisonParts.Page.class,
            p -> new SortedPages.Page<>(p.rows(), p.last(), p.done())),
        ComparisonParts.Counts::term,
        (x, y) -> new ComparisonParts.Counts(x.term(), x.a() + y.a(), x.b() + y.b()),
        counts -> {
          if (counts.a() + counts.b() >= query.minCount()) {
            kept.offer(
                ComparisonParts.row(counts.term(), counts.a(), counts.b(), aTokens, bTokens));
          }
        });
  }

  /**
   * Word sequences, in two rounds: a sequence counted at least {@code --min-count} times over the
   * cluster is counted at least that over the shards on one of them (the minimum shared out), so
   * every shard sends the sequences it counted that often; then each shard counts the sequences the
   * others sent and it did not, and the exact sums are ranked. Each round reads the stored text of
   * the sets' articles once.
   */
  private void rankSequences(
      CompareQuery query,
      List<String> languages,
      int shards,
      long aTokens,
      long bTokens,
      TopK<CompareRow> kept)
      throws IOException {
    long share = Math.max(1, (query.minCount() + shards - 1) / shards);
    var types = Wire.JSON.getTypeFactory();
    JavaType counts = types.constructCollectionType(List.class, ComparisonParts.Counts.class);
    List<List<ComparisonParts.Counts>> sent =
        cluster.askShards(
            Wire.Op.COMPARE_SEQUENCES, new Wire.CompareSequences(query, languages, share), counts);
    List<Map<String, ComparisonParts.Counts>> known = new ArrayList<>();
    Set<String> candidates = new TreeSet<>();
    for (List<ComparisonParts.Counts> shard : sent) {
      Map<String, ComparisonParts.Counts> byTerm = new HashMap<>();
      shard.forEach(row -> byTerm.put(row.term(), row));
      known.add(byTerm);
      candidates.addAll(byTerm.keySet());
    }
    List<List<String>> missing = new ArrayList<>();
    for (Map<String, ComparisonParts.Counts> shard : known) {
      missing.add(candidates.stream().filter(sequence -> !shard.containsKey(sequence)).toList());
    }
    List<List<ComparisonParts.Counts>> counted =
        cluster.askEachShard(
            Wire.Op.COMPARE_SEQUENCE_COUNTS,
            s ->
                missing.get(s).isEmpty()
                    ? null
                    : new Wire.CompareSequenceCounts(query, missing.get(s)),
            counts);
    for (int s = 0; s < shards; s++) {
      if (counted.get(s) != null) {
        Map<String, ComparisonParts.Counts> shard = known.get(s);
        counted.get(s).forEach(row -> shard.put(row.term(), row));
      }
    }
    for (String sequence : candidates) {
      long a = 0;
      long b = 0;
      for (Map<String, ComparisonParts.Counts> shard : known) {
        ComparisonParts.Counts part = shard.get(sequence);
        if (part != null) {
          a += part.a();
          b += part.b();
        }
      }
      if (a + b >= query.minCount()) {
        kept.offer(ComparisonParts.row(sequence, a, b, aTokens, bTokens));
      }
    }
  }

  /** The rows with their forms and dispersion, from every shard's parts of them. */
  private List<CompareRow> shown(
      CompareQuery query, DispersionTotals aTotals, DispersionTotals bTotals, List<CompareRow> rows)
      throws IOException {
    if (rows.isEmpty()) {
      return rows;
    }
    List<ComparisonParts.Counts> asks = new ArrayList<>();
    rows.forEach(
        row -> asks.add(new ComparisonParts.Counts(row.term(), row.aCount(), row.bCount())));
    var types = Wire.JSON.getTypeFactory();
    List<List<ComparisonParts.RowPart>> parts =
        cluster.askShards(
            Wire.Op.COMPARE_ROWS,
            new Wire.CompareRows(query, aTotals, bTotals, asks),
            types.constructCollectionType(List.class, ComparisonParts.RowPart.class));
    List<CompareRow> shown = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<Map<String, Long>> forms = new ArrayList<>();
      List<DispersionPart> inA = new ArrayList<>();
      List<DispersionPart> inB = new ArrayList<>();
      for (List<ComparisonParts.RowPart> shard : parts) {
        forms.add(shard.get(r).forms());
        inA.add(shard.get(r).a());
        inB.add(shard.get(r).b());
      }
      shown.add(ComparisonParts.shown(rows.get(r), forms, aTotals, inA, bTotals, inB));
    }
    return List.copyOf(shown);
  }
}
