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
    if (query.ngram() > 1) {
      throw new IOException(
          "'compare --ngram' is not answered by a SolrCloud cluster yet (compare of words is); use"
              + " a local index (--index) for it");
    }
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
      rank(query, List.copyOf(languages), facts.size(), aTokens, bTokens, kept);
    }
    List<CompareRow> rows = kept.sorted();
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
    JavaType page = Wire.JSON.constructType(ComparisonParts.Page.class);
    PagedCounts.merge(
        shards,
        (after, due) ->
            cluster.askEachShard(
                Wire.Op.COMPARE_PAGE,
                s ->
                    due.contains(s) ? new Wire.ComparePage(query, languages, after[s], PAGE) : null,
                page),
        counts -> {
          if (counts.a() + counts.b() >= query.minCount()) {
            kept.offer(
                ComparisonParts.row(counts.term(), counts.a(), counts.b(), aTokens, bTokens));
          }
        });
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
