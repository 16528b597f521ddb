package corpus.query.lucene;

import corpus.index.Schema;
import corpus.query.DispersionParts;
import corpus.query.Granularity;
import corpus.query.WordDispersion;
import corpus.stats.Dispersion;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

  /** The parts' labels (periods or sources), when they are not articles. */
  private final List<String> partLabels;

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
      partLabels = null;
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
      partLabels = groups.labels;
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
    Occurrences found = occurrences(term, table);
    long frequency = 0;
    for (int part = 0; part < found.size; part++) {
      frequency += found.counts[part];
    }
    if (parts[table] == 0) {
      return new WordDispersion(0, 0, null, null, null);
    }
    Dispersion.Accumulator accumulator =
        new Dispersion.Accumulator(frequency, parts[table], totalSize[table], minSize[table]);
    found.addTo(accumulator);
    return shown(accumulator.values());
  }

  /**
   * The table's parts as this index holds them: a cluster adds up its shards' ({@link
   * DispersionTotals#join}).
   */
  DispersionTotals totals(int table) {
    if (articles) {
      return new DispersionTotals(parts[table], totalSize[table], minSize[table], null);
    }
    Map<String, Long> sizes = new TreeMap<>();
    for (int part = 0; part < partLabels.size(); part++) {
      if (partSizes[table][part] > 0) {
        sizes.put(partLabels.get(part), partSizes[table][part]);
      }
    }
    return new DispersionTotals(0, 0, 0, sizes);
  }

  /**
   * This index's part of a word's dispersion in a cluster: over articles, an accumulator of the
   * word's articles here, set with the whole cluster's totals; over periods or sources, which span
   * shards, the word's count in each.
   *
   * @param frequency the word's count in the table over the whole cluster (every occurrence is in
   *     an article with tokens, a part when articles are)
   * @param cluster the table's totals over the whole cluster
   */
  DispersionPart part(String term, int table, long frequency, DispersionTotals cluster)
      throws IOException {
    Occurrences found = occurrences(term, table);
    if (!articles) {
      Map<String, Long> counts = new TreeMap<>();
      for (int part = 0; part < found.size; part++) {
        counts.put(partLabels.get(found.parts[part]), found.counts[part]);
      }
      return new DispersionPart(null, counts);
    }
    if (cluster.parts() == 0) {
      return new DispersionPart(null, Map.of());
    }
    Dispersion.Accumulator accumulator =
        new Dispersion.Accumulator(
            frequency, cluster.parts(), cluster.totalSize(), cluster.minSize());
    found.addTo(accumulator);
    return new DispersionPart(accumulator.state(), null);
  }

  /**
   * A word's dispersion from every shard's {@link #part}: the values one index of all the articles
   * gives, to the last bit, since the accumulator's sums are exact.
   */
  static WordDispersion join(long frequency, DispersionTotals cluster, List<DispersionPart> parts) {
    long partCount = cluster.partCount();
    if (partCount == 0) {
      return new WordDispersion(0, 0, null, null, null);
    }
    if (cluster.partSizes() == null) {
      Dispersion.Accumulator accumulator =
          new Dispersion.Accumulator(
              frequency, partCount, cluster.sizeOfParts(), cluster.smallestPart());
      parts.forEach(part -> accumulator.join(part.state()));
      return shown(accumulator.values());
    }
    // Periods or sources: the row's undated articles (or those without a source) are in no part,
    // so the word's frequency here is what the parts hold, as in one index.
    Map<String, Long> counts = new TreeMap<>();
    parts.forEach(part -> part.counts().forEach((p, n) -> counts.merge(p, n, Long::sum)));
    Dispersion.Accumulator accumulator =
        new Dispersion.Accumulator(
            counts.values().stream().mapToLong(Long::longValue).sum(),
            partCount,
            cluster.sizeOfParts(),
            cluster.smallestPart());
    counts.forEach((p, n) -> accumulator.add(n, cluster.partSizes().get(p)));
    return shown(accumulator.values());
  }

  /**
   * The parts of a table where a word occurs: its count in each, the part's size, and (for periods
   * or sources) which part it is.
   */
  private static final class Occurrences {
    long[] counts = new long[16];
    long[] sizes = new long[16];
    int[] parts = new int[16];
    int size;

    void add(long count, long partSize, int part) {
      if (size == counts.length) {
        counts = Arrays.copyOf(counts, size * 2);
        sizes = Arrays.copyOf(sizes, size * 2);
        parts = Arrays.copyOf(parts, size * 2);
      }
      counts[size] = count;
      sizes[size] = partSize;
      parts[size++] = part;
    }

    void addTo(Dispersion.Accumulator accumulator) {
      for (int part = 0; part < size; part++) {
        accumulator.add(counts[part], sizes[part]);
      }
    }
  }

  // Growing arrays, not an object per part: "the" is in every article, and an object per article
  // cost more than reading its postings.
  private Occurrences occurrences(String term, int table) throws IOException {
    Occurrences found = new Occurrences();
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
            found.add(postings.freq(), tokensOf[doc], 0);
          }
        } else if (partOf[doc] >= 0) {
          perPart[partOf[doc]] += postings.freq();
        }
      }
      if (!articles) {
        for (int part = 0; part < perPart.length; part++) {
          if (perPart[part] > 0) {
            found.add(perPart[part], partSizes[table][part], part);
          }
        }
      }
    }
    return found;
  }

  private static WordDispersion shown(Dispersion.Values values) {
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
