package corpus.query.lucene;

import corpus.index.Schema;
import corpus.query.DispersionParts;
import corpus.query.Granularity;
import corpus.query.WordDispersion;
import corpus.stats.Dispersion;
import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * The dispersion of a frequency table's rows over the parts of the table's articles. Parts and
 * their sizes come from doc values, a row's counts per part from its word's postings: only the rows
 * shown are walked, so dispersion costs a postings walk per row, never a pass over the text.
 */
final class DispersionCount {
  private final Terms terms;
  private final Buckets tables;
  private final boolean articles;

  /** Per article: its tokens. */
  private final long[] tokensOf;

  /** Per article: its part, when parts are periods or sources; negative for none. */
  private final int[] partOf;

  /** Per table: the size of each part within it; null when each article is a part. */
  private final long[][] partSizes;

  /** Per table: parts with tokens, their total and the smallest. */
  private final long[] parts;

  private final long[] totalSize;
  private final long[] minSize;

  DispersionCount(IndexReader reader, FixedBitSet selected, Buckets tables, DispersionParts kind)
      throws IOException {
    this.terms = MultiTerms.getTerms(reader, Schema.BODY);
    this.tables = tables;
    this.articles = kind == DispersionParts.ARTICLE;
    int maxDoc = Math.max(1, reader.maxDoc());
    tokensOf = new long[maxDoc];
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues tokens = DocValues.getNumeric(leaf.reader(), Schema.TOKENS);
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if (selected.get(leaf.docBase + doc) && tokens.advanceExact(doc)) {
          tokensOf[leaf.docBase + doc] = tokens.longValue();
        }
      }
    }
    int count = tables.labels.size();
    parts = new long[count];
    totalSize = new long[count];
    minSize = new long[count];
    Arrays.fill(minSize, Long.MAX_VALUE);
    if (articles) {
      partOf = null;
      partSizes = null;
      for (int doc = 0; doc < maxDoc; doc++) {
        int table = tables.bucketOf[doc];
        if (table >= 0 && tokensOf[doc] > 0) {
          addPart(table, tokensOf[doc]);
        }
      }
    } else {
      Buckets groups =
          switch (kind) {
            case YEAR -> Buckets.occupiedPeriods(reader, selected, Granularity.YEAR);
            case MONTH -> Buckets.occupiedPeriods(reader, selected, Granularity.MONTH);
            case SOURCE -> Buckets.bySource(reader, selected);
            case ARTICLE -> throw new IllegalStateException("articles are parts of their own");
            case NONE -> throw new IllegalArgumentException("no parts: no dispersion to measure");
          };
      partOf = groups.bucketOf; // undated articles, or those without a source, are in none
      partSizes = new long[count][groups.labels.size()];
      for (int doc = 0; doc < maxDoc; doc++) {
        int table = tables.bucketOf[doc];
        if (table >= 0 && partOf[doc] >= 0) {
          partSizes[table][partOf[doc]] += tokensOf[doc];
        }
      }
      for (int table = 0; table < count; table++) {
        for (long size : partSizes[table]) {
          if (size > 0) {
            addPart(table, size);
          }
        }
      }
    }
  }

  private void addPart(int table, long size) {
    parts[table]++;
    totalSize[table] += size;
    minSize[table] = Math.min(minSize[table], size);
  }

  /**
   * @param term a row's indexed term (for a Russian row, the stem)
   * @return its dispersion over the table's parts
   */
  WordDispersion of(String term, int table) throws IOException {
    // The count and size of each part the word is in, in two growing arrays: "the" is in every
    // article, and an object per article cost more than reading its postings.
    long[] counts = new long[16];
    long[] sizes = new long[16];
    int found = 0;
    long frequency = 0;
    TermsEnum termsEnum = terms == null ? null : terms.iterator();
    if (termsEnum != null && termsEnum.seekExact(new BytesRef(term))) {
      PostingsEnum postings = termsEnum.postings(null, PostingsEnum.FREQS);
      long[] perPart = articles ? null : new long[partSizes[table].length];
      for (int doc = postings.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = postings.nextDoc()) {
        if (tables.bucketOf[doc] != table) {
          continue;
        }
        if (articles) {
          if (tokensOf[doc] > 0) {
            if (found == counts.length) {
              counts = Arrays.copyOf(counts, found * 2);
              sizes = Arrays.copyOf(sizes, found * 2);
            }
            counts[found] = postings.freq();
            sizes[found++] = tokensOf[doc];
            frequency += postings.freq();
          }
        } else if (partOf[doc] >= 0) {
          perPart[partOf[doc]] += postings.freq();
        }
      }
      if (!articles) {
        counts = new long[perPart.length];
        sizes = new long[perPart.length];
        for (int part = 0; part < perPart.length; part++) {
          if (perPart[part] > 0) {
            counts[found] = perPart[part];
            sizes[found++] = partSizes[table][part];
            frequency += perPart[part];
          }
        }
      }
    }
    if (parts[table] == 0) {
      return new WordDispersion(0, 0, null, null, null);
    }
    Dispersion.Accumulator accumulator =
        new Dispersion.Accumulator(frequency, parts[table], totalSize[table], minSize[table]);
    for (int part = 0; part < found; part++) {
      accumulator.add(counts[part], sizes[part]);
    }
    Dispersion.Values values = accumulator.values();
    return new WordDispersion(
        values.parts(),
        values.range(),
        defined(values.dp()),
        defined(values.dpNorm()),
        defined(values.juillandD()));
  }

  private static Double defined(double value) {
    return Double.isNaN(value) ? null : value;
  }
}
