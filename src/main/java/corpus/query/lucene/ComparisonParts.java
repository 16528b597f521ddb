package corpus.query.lucene;

import corpus.index.Parallel;
import corpus.index.Schema;
import corpus.query.CompareQuery;
import corpus.query.CompareRow;
import corpus.query.DispersionParts;
import corpus.query.WordDispersion;
import corpus.query.WordForm;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * One shard's parts of a comparison of two sets ({@code compare}), counted by the local backend's
 * own code: the sets' sizes, every word's counts in both sets, in pages in term order, and the
 * forms and dispersion of the rows shown; for word sequences, the sequences counted often enough
 * here, and the counts of those the other shards found. G² is not a sum over shards, so every
 * word's counts are needed before any is ranked; the pages keep each answer a few MB.
 */
public final class ComparisonParts {
  /**
   * A shard's two sets.
   *
   * @param languages the language codes of the articles in either set, for the stop words
   * @param aDispersion the articles of set A as parts of a dispersion
   */
  public record Facts(
      long aDocuments,
      long aTokens,
      long bDocuments,
      long bTokens,
      List<String> languages,
      DispersionTotals aDispersion,
      DispersionTotals bDispersion) {}

  /** A word's counts in both sets. */
  public record Counts(String term, long a, long b) {}

  /**
   * A page of a shard's words, in term (UTF-8 byte) order.
   *
   * @param last the last word the page looked at: the next page starts after it
   * @param done no word follows
   */
  public record Page(List<Counts> rows, String last, boolean done) {}

  /** A shard's part of a row shown: its forms' counts and its dispersion in each set. */
  public record RowPart(Map<String, Long> forms, DispersionPart a, DispersionPart b) {}

  private final IndexReader reader;
  private final TermComparison comparison;

  ComparisonParts(IndexSearcher searcher, QueryParsing parsing) {
    this.reader = searcher.getIndexReader();
    this.comparison = new TermComparison(searcher, parsing);
  }

  public Facts facts(CompareQuery query) throws IOException {
    FixedBitSet a = comparison.select(query.a());
    FixedBitSet b = comparison.select(query.b());
    Buckets aTotals = Buckets.whole(reader, a);
    Buckets bTotals = Buckets.whole(reader, b);
    FixedBitSet either = a.clone();
    either.or(b);
    return new Facts(
        aTotals.documents[0],
        aTotals.tokens[0],
        bTotals.documents[0],
        bTotals.tokens[0],
        List.copyOf(StopWords.languagesOf(reader, either)),
        new DispersionCount(reader, a, aTotals, DispersionParts.ARTICLE).totals(0),
        new DispersionCount(reader, b, bTotals, DispersionParts.ARTICLE).totals(0));
  }

  /**
   * The counts of the words after {@code after} that the question's stop words admit and either set
   * holds, looking at {@code size} words of the dictionary at most.
   *
   * @param languages the stop words' languages: those of the whole cluster's sets
   * @param after the last word of the previous page, or null for the first
   */
  public Page page(CompareQuery query, List<String> languages, String after, int size)
      throws IOException {
    FixedBitSet a = comparison.select(query.a());
    FixedBitSet b = comparison.select(query.b());
    // The minimum count is the whole cluster's: a shard's own small count may add up to it.
    TermFilter filter =
        new TermFilter(1, query.keepStopwords(), StopWords.forLanguages(new HashSet<>(languages)));
    List<Counts> rows = new ArrayList<>();
    Terms terms = MultiTerms.getTerms(reader, Schema.BODY);
    if (terms == null) {
      return new Page(rows, after, true);
    }
    TermsEnum termsEnum = terms.iterator();
    BytesRef term = TermRanges.after(termsEnum, after);
    PostingsEnum postings = null;
    String last = after;
    for (int looked = 0; term != null && looked < size; term = termsEnum.next(), looked++) {
      last = term.utf8ToString();
      if (!filter.admits(term, termsEnum.totalTermFreq())) {
        continue;
      }
      postings = termsEnum.postings(postings, PostingsEnum.FREQS);
      long[] counts = TermComparison.countIn(postings, a, b);
      if (counts[0] + counts[1] > 0) {
        rows.add(new Counts(last, counts[0], counts[1]));
      }
    }
    return new Page(rows, last, term == null);
  }

  /**
   * This shard's word sequences ({@code --ngram}) counted at least {@code minCount} times in the
   * two sets together, with the question's stop words.
   *
   * @param languages the stop words' languages: those of the whole cluster's sets
   */
  public List<Counts> sequences(CompareQuery query, List<String> languages, long minCount)
      throws IOException {
    TermFilter filter =
        new TermFilter(1, query.keepStopwords(), StopWords.forLanguages(new HashSet<>(languages)));
    List<Counts> rows = new ArrayList<>();
    comparison.countSequences(
        query.ngram(),
        filter,
        comparison.select(query.a()),
        comparison.select(query.b()),
        (sequence, a, b) -> {
          if (a + b >= minCount) {
            rows.add(new Counts(sequence, a, b));
          }
        });
    return rows;
  }

  /** This shard's counts of the given word sequences; one it does not have is left out. */
  public List<Counts> sequenceCounts(CompareQuery query, List<String> sequences)
      throws IOException {
    List<Counts> rows = new ArrayList<>();
    comparison
        .countSequences(
            query.ngram(), comparison.select(query.a()), comparison.select(query.b()), sequences)
        .forEach((sequence, counts) -> rows.add(new Counts(sequence, counts[0], counts[1])));
    return rows;
  }

  /**
   * This shard's parts of the rows shown.
   *
   * @param aTotals set A's articles over the whole cluster, as parts of a dispersion
   */
  public List<RowPart> rows(
      CompareQuery query, DispersionTotals aTotals, DispersionTotals bTotals, List<Counts> asks)
      throws IOException {
    FixedBitSet a = comparison.select(query.a());
    FixedBitSet b = comparison.select(query.b());
    DispersionCount inA =
        new DispersionCount(reader, a, Buckets.whole(reader, a), DispersionParts.ARTICLE);
    DispersionCount inB =
        new DispersionCount(reader, b, Buckets.whole(reader, b), DispersionParts.ARTICLE);
    DispersionPart[] aParts = new DispersionPart[asks.size()];
    DispersionPart[] bParts = new DispersionPart[asks.size()];
    Parallel.run(
        asks.size(),
        i -> {
          aParts[i] = inA.part(asks.get(i).term(), 0, asks.get(i).a(), aTotals);
          bParts[i] = inB.part(asks.get(i).term(), 0, asks.get(i).b(), bTotals);
        });
    WordForms wordForms = new WordForms(reader);
    List<RowPart> parts = new ArrayList<>();
    for (int i = 0; i < asks.size(); i++) {
      parts.add(
          new RowPart(
              wordForms.counts(asks.get(i).term(), doc -> a.get(doc) || b.get(doc)),
              aParts[i],
              bParts[i]));
    }
    return parts;
  }

  /** A row before its forms and dispersion: counts, rates and the two statistics. */
  public static CompareRow row(String term, long a, long b, long aTokens, long bTokens) {
    return TermComparison.row(term, a, b, aTokens, bTokens);
  }

  /** By G², then by word, as one index ranks the rows. */
  public static final Comparator<CompareRow> STRONGEST_FIRST = TermComparison.STRONGEST_FIRST;

  /** A row shown as one index shows it, from every shard's parts of it. */
  public static CompareRow shown(
      CompareRow row,
      List<Map<String, Long>> forms,
      DispersionTotals aTotals,
      List<DispersionPart> inA,
      DispersionTotals bTotals,
      List<DispersionPart> inB) {
    List<WordForm> written = FrequencyParts.forms(row.term(), row.aCount() + row.bCount(), forms);
    WordDispersion a = DispersionCount.join(row.aCount(), aTotals, inA);
    WordDispersion b = DispersionCount.join(row.bCount(), bTotals, inB);
    return row.shownAs(written.isEmpty() ? row.term() : written.get(0).form(), written, a, b);
  }
}
