package corpus.bench;

import corpus.query.DateRange;
import corpus.query.FrequencyQuery;
import corpus.query.FrequencyRow;
import corpus.query.Granularity;
import corpus.query.SearchQuery;
import corpus.query.SearchSort;
import corpus.query.lucene.LuceneCorpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * In-process search latency, as a long-running program would see it: opens the index once, warms
 * up, then times one-word searches (limit 10, snippets included) for the index's most frequent
 * words and prints p50 and p99 in milliseconds on stdout.
 *
 * <pre>bench/run-test-main.sh corpus.bench.QueryLatency --index DIR [--queries N]</pre>
 */
public final class QueryLatency {
  private QueryLatency() {}

  public static void main(String[] args) throws Exception {
    Path index = null;
    int queries = 300;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--index" -> index = Path.of(args[++i]);
        case "--queries" -> queries = Integer.parseInt(args[++i]);
        default -> {
          System.err.println("usage: QueryLatency --index DIR [--queries N]");
          System.exit(2);
        }
      }
    }
    if (index == null) {
      System.err.println("usage: QueryLatency --index DIR [--queries N]");
      System.exit(2);
    }
    try (LuceneCorpus corpus = LuceneCorpus.open(index)) {
      List<String> words = new ArrayList<>();
      FrequencyQuery top =
          new FrequencyQuery(queries, DateRange.ALL, null, Granularity.NONE, 1, false, 1);
      for (FrequencyRow row : corpus.frequencies(top).tables().get(0).rows()) {
        words.add(row.term());
      }
      for (String word : words) { // warm-up: JIT and page cache
        corpus.search(new SearchQuery(word, DateRange.ALL, 10, SearchSort.RELEVANCE));
      }
      long[] nanos = new long[words.size()];
      for (int i = 0; i < words.size(); i++) {
        long start = System.nanoTime();
        corpus.search(new SearchQuery(words.get(i), DateRange.ALL, 10, SearchSort.RELEVANCE));
        nanos[i] = System.nanoTime() - start;
      }
      Arrays.sort(nanos);
      System.out.printf(
          Locale.ROOT,
          "queries %d p50_ms %.2f p99_ms %.2f%n",
          nanos.length,
          nanos[(int) Math.floor(0.50 * (nanos.length - 1))] / 1e6,
          nanos[(int) Math.floor(0.99 * (nanos.length - 1))] / 1e6);
    }
  }
}
