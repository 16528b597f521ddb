package corpus.query.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.util.BytesRef;

/**
 * The statistics a query's BM25 scores are made of: each term's document and total frequency, and
 * each field's document count and total length. A shard's scores depend on them, so a cluster sums
 * every shard's and has every shard score with the sums: an article then scores exactly as it does
 * in one local index of all the articles.
 *
 * @param terms by field and term
 * @param fields by field
 */
public record ScoringStats(List<TermStat> terms, List<FieldStat> fields) {
  public ScoringStats {
    terms = List.copyOf(terms);
    fields = List.copyOf(fields);
  }

  /**
   * @param term the term's bytes, Base64: a term need not be text
   */
  public record TermStat(String field, String term, long docFreq, long totalTermFreq) {}

  public record FieldStat(
      String field, long maxDoc, long docCount, long sumTotalTermFreq, long sumDocFreq) {}

  /** The statistics this index's scoring of the query reads. */
  static ScoringStats of(IndexReader reader, Query query) throws IOException {
    Recording recording = new Recording(reader);
    recording.createWeight(recording.rewrite(query), ScoreMode.COMPLETE, 1f);
    return new ScoringStats(
        new ArrayList<>(recording.terms.values()), new ArrayList<>(recording.fields.values()));
  }

  /** Every shard's statistics added up. */
  public static ScoringStats sum(List<ScoringStats> parts) {
    Map<String, TermStat> terms = new TreeMap<>();
    Map<String, FieldStat> fields = new TreeMap<>();
    for (ScoringStats part : parts) {
      for (TermStat t : part.terms) {
        terms.merge(
            key(t.field, t.term),
            t,
            (a, b) ->
                new TermStat(
                    a.field, a.term, a.docFreq + b.docFreq, a.totalTermFreq + b.totalTermFreq));
      }
      for (FieldStat f : part.fields) {
        fields.merge(
            f.field,
            f,
            (a, b) ->
                new FieldStat(
                    a.field,
                    a.maxDoc + b.maxDoc,
                    a.docCount + b.docCount,
                    a.sumTotalTermFreq + b.sumTotalTermFreq,
                    a.sumDocFreq + b.sumDocFreq));
      }
    }
    return new ScoringStats(new ArrayList<>(terms.values()), new ArrayList<>(fields.values()));
  }

  private static String key(String field, String term) {
    return field + '\u0000' + term;
  }

  private static String encoded(BytesRef bytes) {
    return Base64.getEncoder()
        .encodeToString(Arrays.copyOfRange(bytes.bytes, bytes.offset, bytes.offset + bytes.length));
  }

  /** A searcher that notes the statistics a weight asks for. */
  private static final class Recording extends IndexSearcher {
    final Map<String, TermStat> terms = new TreeMap<>();
    final Map<String, FieldStat> fields = new TreeMap<>();

    Recording(IndexReader reader) {
      super(reader);
    }

    @Override
    public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq)
        throws IOException {
      String bytes = encoded(term.bytes());
      terms.put(
          key(term.field(), bytes), new TermStat(term.field(), bytes, docFreq, totalTermFreq));
      return super.termStatistics(term, docFreq, totalTermFreq);
    }

    @Override
    public CollectionStatistics collectionStatistics(String field) throws IOException {
      CollectionStatistics local = super.collectionStatistics(field);
      fields.put(
          field,
          local == null
              ? new FieldStat(field, getIndexReader().maxDoc(), 0, 0, 0)
              : new FieldStat(
                  field,
                  local.maxDoc(),
                  local.docCount(),
                  local.sumTotalTermFreq(),
                  local.sumDocFreq()));
      return local;
    }
  }

  /** A searcher that scores with these statistics instead of its own index's. */
  IndexSearcher searcher(IndexReader reader) {
    Map<String, TermStat> byTerm = new TreeMap<>();
    terms.forEach(t -> byTerm.put(key(t.field, t.term), t));
    Map<String, FieldStat> byField = new TreeMap<>();
    fields.forEach(f -> byField.put(f.field, f));
    return new IndexSearcher(reader) {
      @Override
      public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq)
          throws IOException {
        TermStat global = byTerm.get(key(term.field(), encoded(term.bytes())));
        if (global == null) {
          return super.termStatistics(term, docFreq, totalTermFreq);
        }
        return global.docFreq == 0
            ? null
            : new TermStatistics(term.bytes(), global.docFreq, global.totalTermFreq);
      }

      @Override
      public CollectionStatistics collectionStatistics(String field) throws IOException {
        FieldStat global = byField.get(field);
        if (global == null) {
          return super.collectionStatistics(field);
        }
        return global.docCount == 0
            ? null
            : new CollectionStatistics(
                field, global.maxDoc, global.docCount, global.sumTotalTermFreq, global.sumDocFreq);
      }
    };
  }
}
