package corpus.query.lucene;

import corpus.index.Schema;
import corpus.query.DateRange;
import corpus.query.Granularity;
import corpus.query.InvalidQueryException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.FixedBitSet;

/**
 * The selected articles of a question, each placed in a bucket (a calendar period, or the one
 * bucket of the whole selection), with every bucket's articles and tokens. The one mapping from
 * articles to periods: {@code freq --by}, {@code trend}, {@code compare} and {@code stats} all
 * count through it, so their totals agree by construction. Read from doc values; stored text is
 * never touched.
 */
final class Buckets {
  /** {@link #bucketOf} for an article that is not selected (deleted ones included). */
  static final int NOT_SELECTED = -1;

  /** {@link #bucketOf} for a selected article without a date, when buckets are periods. */
  static final int UNDATED = -2;

  /** More periods than this is a mistake (days over centuries), not a question. */
  static final int MAX_PERIODS = 1_000_000;

  /** Each bucket's label: a period such as {@code 2023-05}, or null for the whole selection. */
  final List<String> labels;

  /** Each period's first day, or null for the whole selection. */
  final List<LocalDate> starts;

  /** Per article (global doc id): its bucket, {@link #NOT_SELECTED} or {@link #UNDATED}. */
  final int[] bucketOf;

  /** Articles in each bucket. */
  final long[] documents;

  /** Tokens of those articles. */
  final long[] tokens;

  /**
   * Selected articles in no bucket because they have no date, or for buckets per source no source
   * (0 for the whole selection).
   */
  final long undatedDocuments;

  /** Tokens of those undated articles (set with the buckets' totals). */
  private long undatedTokens;

  /** The first and last day of the selected dated articles, or null when there are none. */
  final LocalDate firstDay;

  final LocalDate lastDay;

  private Buckets(
      List<String> labels,
      List<LocalDate> starts,
      int[] bucketOf,
      long undatedDocuments,
      LocalDate firstDay,
      LocalDate lastDay) {
    this.labels = Collections.unmodifiableList(labels); // the whole selection's label is null
    this.starts = Collections.unmodifiableList(starts);
    this.bucketOf = bucketOf;
    this.documents = new long[labels.size()];
    this.tokens = new long[labels.size()];
    this.undatedDocuments = undatedDocuments;
    this.firstDay = firstDay;
    this.lastDay = lastDay;
  }

  /** One bucket holding every selected article, dated or not; it exists even when empty. */
  static Buckets whole(IndexReader reader, FixedBitSet selected) throws IOException {
    int[] bucketOf = new int[Math.max(1, reader.maxDoc())];
    Arrays.fill(bucketOf, NOT_SELECTED);
    for (int doc = 0; doc < reader.maxDoc(); doc++) {
      if (selected.get(doc)) {
        bucketOf[doc] = 0;
      }
    }
    List<String> label = new ArrayList<>();
    label.add(null);
    List<LocalDate> start = new ArrayList<>();
    start.add(null);
    Buckets whole = new Buckets(label, start, bucketOf, 0, null, null);
    whole.addTotals(reader);
    return whole;
  }

  /**
   * One bucket per source that selected articles have, most articles first, then by name; articles
   * without a source are in none (counted as {@link #undatedDocuments}, the articles in no bucket).
   */
  static Buckets bySource(IndexReader reader, FixedBitSet selected) throws IOException {
    return byValue(reader, selected, Schema.SOURCE);
  }

  /**
   * One bucket per language code of the selected articles, as {@link #bySource} is per source;
   * articles of unknown language are counted in {@code undatedDocuments}.
   */
  static Buckets byLanguage(IndexReader reader, FixedBitSet selected) throws IOException {
    return byValue(reader, selected, Schema.LANGUAGE);
  }

  /** One bucket per value of a sorted doc-values field, most articles first, then by value. */
  private static Buckets byValue(IndexReader reader, FixedBitSet selected, String field)
      throws IOException {
    int[] bucketOf = new int[Math.max(1, reader.maxDoc())];
    Arrays.fill(bucketOf, NOT_SELECTED);
    String[] sourceOf = new String[bucketOf.length];
    Map<String, Long> articles = new HashMap<>();
    long without = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedDocValues sources = DocValues.getSorted(leaf.reader(), field);
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        int global = leaf.docBase + doc;
        if (!selected.get(global)) {
          continue;
        }
        if (sources.advanceExact(doc)) {
          sourceOf[global] = sources.lookupOrd(sources.ordValue()).utf8ToString();
          articles.merge(sourceOf[global], 1L, Long::sum);
        } else {
          bucketOf[global] = UNDATED;
          without++;
        }
      }
    }
    List<String> labels = new ArrayList<>(articles.keySet());
    labels.sort(
        Comparator.comparing((String source) -> articles.get(source))
            .reversed()
            .thenComparing(Comparator.naturalOrder()));
    Map<String, Integer> index = new HashMap<>();
    for (int b = 0; b < labels.size(); b++) {
      index.put(labels.get(b), b);
    }
    for (int doc = 0; doc < bucketOf.length; doc++) {
      if (sourceOf[doc] != null) {
        bucketOf[doc] = index.get(sourceOf[doc]);
      }
    }
    List<LocalDate> starts = new ArrayList<>(Collections.nCopies(labels.size(), null));
    Buckets bySource = new Buckets(labels, starts, bucketOf, without, null, null);
    bySource.addTotals(reader);
    return bySource;
  }

  /**
   * The tables of a question by period: one of the whole selection when {@code by} is NONE, one per
   * occupied period otherwise.
   */
  static Buckets tables(IndexReader reader, FixedBitSet selected, Granularity by)
      throws IOException {
    return by == Granularity.NONE ? whole(reader, selected) : occupiedPeriods(reader, selected, by);
  }

  /** One bucket per period that has selected articles, in calendar order; empty ones left out. */
  static Buckets occupiedPeriods(IndexReader reader, FixedBitSet selected, Granularity by)
      throws IOException {
    Days days = Days.of(reader, selected);
    // Many articles share a day; finding its period once keeps this cheap on large corpora.
    Map<Integer, Long> startOfDay = new HashMap<>();
    TreeSet<Long> starts = new TreeSet<>();
    for (int doc = 0; doc < days.dayOf.length; doc++) {
      if (days.dated.get(doc)) {
        starts.add(
            startOfDay.computeIfAbsent(
                days.dayOf[doc], day -> by.startOf(LocalDate.ofEpochDay(day)).toEpochDay()));
      }
    }
    List<LocalDate> startDates = new ArrayList<>();
    starts.forEach(day -> startDates.add(LocalDate.ofEpochDay(day)));
    return periods(reader, days, by, startDates);
  }

  /**
   * Every period from the start of the range (else the first selected date) to its end (else the
   * last), empty ones included, so a series has a point for each.
   *
   * @throws InvalidQueryException when that is more than {@link #MAX_PERIODS} periods
   */
  static Buckets everyPeriod(
      IndexReader reader, FixedBitSet selected, Granularity by, DateRange range)
      throws IOException {
    Days days = Days.of(reader, selected);
    LocalDate from = range.from() != null ? range.from() : days.first;
    LocalDate to = range.to() != null ? range.to() : days.last;
    List<LocalDate> startDates = new ArrayList<>();
    if (from != null && to != null && !from.isAfter(to)) {
      for (LocalDate start = by.startOf(from); !start.isAfter(to); start = by.next(start)) {
        if (startDates.size() == MAX_PERIODS) {
          throw new InvalidQueryException(
              "from "
                  + from
                  + " to "
                  + to
                  + " is more than "
                  + MAX_PERIODS
                  + " periods of a "
                  + by.label()
                  + "; choose a longer period or a shorter range");
        }
        startDates.add(start);
      }
    }
    return periods(reader, days, by, startDates);
  }

  /** Places each dated article in the last period that starts on or before its day. */
  private static Buckets periods(
      IndexReader reader, Days days, Granularity by, List<LocalDate> startDates)
      throws IOException {
    long[] starts = startDates.stream().mapToLong(LocalDate::toEpochDay).toArray();
    int[] bucketOf = new int[days.dayOf.length];
    long undated = 0;
    for (int doc = 0; doc < bucketOf.length; doc++) {
      if (!days.selected.get(doc)) {
        bucketOf[doc] = NOT_SELECTED;
      } else if (!days.dated.get(doc)) {
        bucketOf[doc] = UNDATED;
        undated++;
      } else {
        int found = Arrays.binarySearch(starts, days.dayOf[doc]);
        bucketOf[doc] = found >= 0 ? found : -found - 2;
      }
    }
    List<String> labels = new ArrayList<>();
    startDates.forEach(start -> labels.add(by.periodOf(start)));
    Buckets periods =
        new Buckets(labels, List.copyOf(startDates), bucketOf, undated, days.first, days.last);
    periods.addTotals(reader);
    return periods;
  }

  /** Tokens of the selected articles in no bucket because they have no date. */
  long undatedTokens() {
    return undatedTokens;
  }

  private void addTotals(IndexReader reader) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues tokenCounts = DocValues.getNumeric(leaf.reader(), Schema.TOKENS);
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        int bucket = bucketOf[leaf.docBase + doc];
        if (bucket == NOT_SELECTED) {
          continue;
        }
        long tokenCount = tokenCounts.advanceExact(doc) ? tokenCounts.longValue() : 0;
        if (bucket == UNDATED) {
          undatedTokens += tokenCount;
        } else {
          documents[bucket]++;
          tokens[bucket] += tokenCount;
        }
      }
    }
  }

  /** The day of every selected dated article, read once. */
  private record Days(
      FixedBitSet selected, FixedBitSet dated, int[] dayOf, LocalDate first, LocalDate last) {
    static Days of(IndexReader reader, FixedBitSet selected) throws IOException {
      int maxDoc = Math.max(1, reader.maxDoc());
      FixedBitSet dated = new FixedBitSet(maxDoc);
      int[] dayOf = new int[maxDoc];
      int first = Integer.MAX_VALUE;
      int last = Integer.MIN_VALUE;
      for (LeafReaderContext leaf : reader.leaves()) {
        NumericDocValues dates = DocValues.getNumeric(leaf.reader(), Schema.DATE);
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          int global = leaf.docBase + doc;
          if (selected.get(global) && dates.advanceExact(doc)) {
            dated.set(global);
            dayOf[global] = (int) dates.longValue();
            first = Math.min(first, dayOf[global]);
            last = Math.max(last, dayOf[global]);
          }
        }
      }
      return new Days(
          selected,
          dated,
          dayOf,
          first == Integer.MAX_VALUE ? null : LocalDate.ofEpochDay(first),
          last == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(last));
    }
  }
}
