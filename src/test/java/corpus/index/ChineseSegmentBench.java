package corpus.index;

import com.hankcs.hanlp.seg.Dijkstra.DijkstraSegment;
import com.hankcs.hanlp.seg.Other.DoubleArrayTrieSegment;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Tokenizer;

/**
 * Single-thread throughput of {@link ChineseTokenizer} with each HanLP segmenter we considered, in
 * MB/s of UTF-8 text, on real Chinese text (bench/zh-text makes it), plus HanLP's load time and
 * heap. Not a test: run it by hand.
 *
 * <pre>
 * bench/zh-text
 * bench/run-test-main.sh corpus.index.ChineseSegmentBench bench/work/zh/zh-cn.txt [--runs 5] [--only viterbi]
 * </pre>
 *
 * <p>Rates are per second of this thread's CPU time, not wall time: the machine is shared, and CPU
 * time does not count the time another process held the core.
 *
 * <p>The text is cut into documents of about 10 KB at line ends, as articles would be. Each
 * segmenter runs once to warm up, then --runs times; best and median are printed, for the whole
 * text and for its Chinese-dense lines alone (at least half Han characters: closer to news than
 * manual pages full of command lines).
 */
public final class ChineseSegmentBench {

  private ChineseSegmentBench() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    int runs = 3;
    String only = "";
    for (int i = 1; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--runs" -> runs = Integer.parseInt(args[i + 1]);
        case "--only" -> only = args[i + 1];
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }

    Runtime runtime = Runtime.getRuntime();
    long heapBefore = usedHeap(runtime);
    long start = System.nanoTime();
    // HanLP loads some dictionaries at the first sentence, not in the constructor: time both.
    count(new ChineseTokenizer(UserDictionary.EMPTY), List.of("国家主席习近平同俄罗斯总统普京举行会谈。俄罗斯外长拉夫罗夫出席。"));
    double loadSeconds = (System.nanoTime() - start) / 1e9;
    long heapAfter = usedHeap(runtime);
    System.out.printf(
        Locale.ROOT,
        "HanLP load (first ChineseTokenizer and sentence): %.2f s, heap %+.0f MB%n",
        loadSeconds,
        (heapAfter - heapBefore) / 1e6);

    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<String> all = documents(text.lines().toList());
    List<String> dense = documents(text.lines().filter(ChineseSegmentBench::dense).toList());
    System.out.printf(
        Locale.ROOT,
        "%s: %.1f MB in %d documents; Chinese-dense lines %.1f MB in %d documents%n",
        file,
        bytes(all) / 1e6,
        all.size(),
        bytes(dense) / 1e6,
        dense.size());

    Map<String, Supplier<Segment>> segmenters = new LinkedHashMap<>();
    segmenters.put("viterbi (chosen)", () -> ChineseTokenizer.newSegment(UserDictionary.EMPTY));
    segmenters.put(
        "viterbi, no name recognition",
        () ->
            ChineseTokenizer.newSegment(UserDictionary.EMPTY)
                .enableNameRecognize(false)
                .enableTranslatedNameRecognize(false));
    segmenters.put(
        "viterbi, HanLP defaults", () -> new ViterbiSegment().enableCustomDictionary(true));
    segmenters.put(
        "dijkstra", () -> ChineseTokenizer.configure(new DijkstraSegment(), UserDictionary.EMPTY));
    segmenters.put(
        "double-array trie (dictionary only)",
        () -> ChineseTokenizer.configure(new DoubleArrayTrieSegment(), UserDictionary.EMPTY));

    System.out.println();
    System.out.println(
        "| segmenter | all text MB/s (CPU) best / median | dense MB/s (CPU) best / median | tokens |");
    System.out.println("|---|---|---|---|");
    for (var entry : segmenters.entrySet()) {
      if (!entry.getKey().startsWith(only)) {
        continue;
      }
      Tokenizer tokenizer = new ChineseTokenizer(entry.getValue().get());
      double[] allRates = rates(tokenizer, all, runs);
      double[] denseRates = rates(tokenizer, dense, runs);
      System.out.printf(
          Locale.ROOT,
          "| %s | %.2f / %.2f | %.2f / %.2f | %d |%n",
          entry.getKey(),
          allRates[0],
          allRates[1],
          denseRates[0],
          denseRates[1],
          count(tokenizer, all));
    }
  }

  private static double[] rates(Tokenizer tokenizer, List<String> documents, int runs)
      throws IOException {
    count(tokenizer, documents); // warm-up
    double[] rates = new double[runs];
    long bytes = bytes(documents);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int r = 0; r < runs; r++) {
      long start = threads.getCurrentThreadCpuTime();
      count(tokenizer, documents);
      rates[r] = bytes / 1e6 / ((threads.getCurrentThreadCpuTime() - start) / 1e9);
    }
    Arrays.sort(rates);
    return new double[] {rates[runs - 1], rates[runs / 2]};
  }

  private static long count(Tokenizer tokenizer, List<String> documents) throws IOException {
    long tokens = 0;
    for (String document : documents) {
      tokenizer.setReader(new StringReader(document));
      tokenizer.reset();
      while (tokenizer.incrementToken()) {
        tokens++;
      }
      tokenizer.end();
      tokenizer.close();
    }
    return tokens;
  }

  private static List<String> documents(List<String> lines) {
    List<String> documents = new ArrayList<>();
    StringBuilder document = new StringBuilder();
    for (String line : lines) {
      document.append(line).append('\n');
      if (document.length() >= 10_000 / 2) { // chars; about 10 KB of mostly 3-byte UTF-8
        documents.add(document.toString());
        document.setLength(0);
      }
    }
    if (document.length() > 0) {
      documents.add(document.toString());
    }
    return documents;
  }

  private static boolean dense(String line) {
    long han = line.codePoints().filter(ChineseTokenizer::isHan).count();
    return han * 2 >= line.codePointCount(0, line.length()) && han > 0;
  }

  private static long bytes(List<String> documents) {
    long bytes = 0;
    for (String document : documents) {
      bytes += document.getBytes(StandardCharsets.UTF_8).length;
    }
    return bytes;
  }

  private static long usedHeap(Runtime runtime) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
