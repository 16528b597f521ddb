package corpus.load.lang;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The language benchmark's measuring half (bench/language-accuracy builds the labelled texts): runs
 * {@link LanguageDetector} over lines of {@code language TAB package TAB text} and prints the
 * accuracy per language, the confusions, the time per text, the model's load time and heap, and the
 * speed of a detector per thread against one shared under a lock.
 *
 * <pre>
 *   bench/run-test-main.sh corpus.load.lang.LanguageAccuracy TEXTS.tsv [--max-chars N]
 * </pre>
 */
public final class LanguageAccuracy {

  private record Text(String language, String origin, String text) {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int requested = LanguageDetector.MAX_CHARS;
    for (int i = 1; i < args.length; i += 2) {
      if (args[i].equals("--max-chars")) {
        requested = Integer.parseInt(args[i + 1]);
      } else {
        throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    int maxChars = requested;
    List<Text> texts = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] parts = line.split("\t", 3);
      texts.add(new Text(parts[0], parts[1], parts[2]));
    }
    long chars = texts.stream().mapToLong(t -> t.text().length()).sum();
    System.out.printf(
        Locale.ROOT,
        "%d texts, %d to %d characters, mean %d; the detector reads the first %d%n%n",
        texts.size(),
        texts.stream().mapToInt(t -> t.text().length()).min().orElse(0),
        texts.stream().mapToInt(t -> t.text().length()).max().orElse(0),
        chars / Math.max(1, texts.size()),
        maxChars);

    LanguageDetector detector = new LanguageDetector(maxChars);
    long heapBefore = usedHeap();
    long start = System.nanoTime();
    detector.detect(null, texts.get(0).text());
    long loadNanos = System.nanoTime() - start;
    long heapAfter = usedHeap();
    System.out.printf(
        Locale.ROOT,
        "model load (first detection): %.2f s, heap %+.1f MB after a full GC%n%n",
        loadNanos / 1e9,
        (heapAfter - heapBefore) / 1e6);

    report(
        "Detector (first "
            + maxChars
            + " characters, "
            + LanguageDetector.MIN_LETTERS
            + " letters or more)",
        texts,
        t -> detector.detect(null, t));

    // Speed, in CPU time of the measuring thread (the machine is shared): a warm pass, then the
    // best of five passes.
    texts.forEach(t -> detector.detect(null, t.text()));
    long read = texts.stream().mapToLong(t -> Math.min(t.text().length(), maxChars)).sum();
    long best = bestCpuNanos(() -> texts.forEach(t -> detector.detect(null, t.text())));
    System.out.printf(
        Locale.ROOT,
        "CPU time per text: %.3f ms (%.3f ms per 1000 characters read)%n",
        best / 1e6 / texts.size(),
        best / 1e6 / read * 1000);

    // News-length articles: each language's paragraphs joined into texts of 5,000 characters.
    List<String> articles = articles(texts, 5000);
    articles.forEach(a -> detector.detect(null, a));
    best = bestCpuNanos(() -> articles.forEach(a -> detector.detect(null, a)));
    System.out.printf(
        Locale.ROOT,
        "CPU time per article of 5,000 characters (%d articles, the first %d characters read):"
            + " %.3f ms%n",
        articles.size(),
        maxChars,
        best / 1e6 / articles.size());

    // Two threads: a detector each (what LanguageDetector does) against one under a lock.
    System.out.printf(
        Locale.ROOT,
        "two threads, a detector each: %.3f ms of wall time per article%n",
        twoThreads(articles, a -> detector.detect(null, a)) / 1e6 / (2 * articles.size()));
    LanguageDetectorME shared = new LanguageDetectorME(readModel());
    Function<String, String> locked =
        a -> {
          String head = prefix(a, maxChars);
          synchronized (shared) {
            return shared.predictLanguage(head).getLang();
          }
        };
    twoThreads(articles, locked);
    System.out.printf(
        Locale.ROOT,
        "two threads, one detector under a lock: %.3f ms of wall time per article%n",
        twoThreads(articles, locked) / 1e6 / (2 * articles.size()));
  }

  /** Each language's texts joined, in order, into texts of at least {@code length} characters. */
  private static List<String> articles(List<Text> texts, int length) {
    Map<String, StringBuilder> open = new TreeMap<>();
    List<String> articles = new ArrayList<>();
    for (Text t : texts) {
      StringBuilder article = open.computeIfAbsent(t.language(), l -> new StringBuilder());
      article.append(t.text()).append("\n\n");
      if (article.length() >= length) {
        articles.add(article.toString());
        open.remove(t.language());
      }
    }
    return articles;
  }

  private static long bestCpuNanos(Runnable pass) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long start = threads.getCurrentThreadCpuTime();
      pass.run();
      best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
    }
    return best;
  }

  private static String prefix(String text, int maxChars) {
    return text.length() <= maxChars ? text : text.substring(0, maxChars);
  }

  private static void report(String title, List<Text> texts, Function<String, String> detect) {
    Map<String, int[]> byLanguage = new TreeMap<>();
    Map<String, Integer> confusions = new TreeMap<>();
    List<String> examples = new ArrayList<>();
    int right = 0;
    for (Text t : texts) {
      String found = detect.apply(t.text());
      int[] counts = byLanguage.computeIfAbsent(t.language(), l -> new int[3]);
      counts[0]++;
      if (t.language().equals(found)) {
        counts[1]++;
        right++;
      } else {
        if (found == null) {
          counts[2]++;
        }
        confusions.merge(t.language() + " -> " + found, 1, Integer::sum);
        if (examples.size() < 20) {
          String shown = t.text().length() > 160 ? t.text().substring(0, 160) + "..." : t.text();
          examples.add("  " + t.language() + " -> " + found + " (" + t.origin() + "): " + shown);
        }
      }
    }
    System.out.println(title + ":");
    System.out.println("| language | texts | right | accuracy | unknown |");
    System.out.println("|---|---|---|---|---|");
    byLanguage.forEach(
        (language, c) ->
            System.out.printf(
                Locale.ROOT,
                "| %s | %d | %d | %.2f%% | %d |%n",
                language,
                c[0],
                c[1],
                100.0 * c[1] / c[0],
                c[2]));
    System.out.printf(
        Locale.ROOT,
        "| all | %d | %d | %.2f%% | |%n",
        texts.size(),
        right,
        100.0 * right / texts.size());
    System.out.println("confusions (labelled -> found): " + (confusions.isEmpty() ? "none" : ""));
    confusions.forEach((pair, n) -> System.out.println("  " + pair + ": " + n));
    examples.forEach(System.out::println);
    System.out.println();
  }

  private static long twoThreads(List<String> texts, Function<String, String> detect)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      long start = System.nanoTime();
      List<Future<?>> runs = new ArrayList<>();
      for (int thread = 0; thread < 2; thread++) {
        runs.add(pool.submit(() -> texts.forEach(detect::apply)));
      }
      for (Future<?> run : runs) {
        run.get();
      }
      return System.nanoTime() - start;
    } finally {
      pool.shutdown();
    }
  }

  private static LanguageDetectorModel readModel() throws IOException {
    try (InputStream in = LanguageAccuracy.class.getResourceAsStream("/langdetect-183.bin")) {
      return new LanguageDetectorModel(in);
    }
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
