package corpus.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.shingle.ShingleAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Times {@code freq --ngram N --top 100} as a user runs it, a new JVM with the 1 GiB heap, under
 * GNU time (wall time, peak RSS), while watching the spill folder for the run files of the
 * bounded-memory count. With {@code --shingles}, also prices the alternative of n-grams indexed as
 * shingles: plain Lucene indexes the same files with and without a shingle field (2 to 5 words),
 * and the top 100 bigrams are read from that field's term dictionary.
 */
@Command(
    name = "ngram-bench",
    mixinStandardHelpOptions = true,
    description = "Time freq --ngram with the 1 GiB heap; optionally price a shingle field.")
public final class NgramBench implements Callable<Integer> {
  @Option(names = "--corpus", required = true, paramLabel = "DIR")
  Path corpus;

  @Option(names = "--work", required = true, paramLabel = "DIR", description = "Index and spills.")
  Path work;

  @Option(names = "--jar", paramLabel = "JAR", defaultValue = "target/corpus.jar")
  Path jar;

  @Option(names = "--ngram", split = ",", defaultValue = "2,3", paramLabel = "N")
  List<Integer> ngrams;

  @Option(names = "--heap", defaultValue = "1g")
  String heap;

  @Option(names = "--shingles", description = "Also index with and without a shingle field.")
  boolean shingles;

  public static void main(String[] args) {
    System.exit(new CommandLine(new NgramBench()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    Path index = work.resolve("index");
    if (!Files.isDirectory(index)) {
      Measured indexing =
          measure(
              List.of(
                  "java",
                  "-Xmx" + heap,
                  "-jar",
                  jar.toString(),
                  "index",
                  corpus.toString(),
                  "--index",
                  index.toString()),
              null);
      System.out.println("index: " + indexing);
    }
    System.out.printf(Locale.ROOT, "index size: %.1f MB%n", size(index) / 1e6);
    for (int n : ngrams) {
      Path spill = Files.createDirectories(work.resolve("spill-" + n));
      Measured run =
          measure(
              List.of(
                  "java",
                  "-Xmx" + heap,
                  "-Djava.io.tmpdir=" + spill,
                  "-jar",
                  jar.toString(),
                  "freq",
                  "--index",
                  index.toString(),
                  "--ngram",
                  Integer.toString(n),
                  "--top",
                  "100"),
              spill);
      System.out.println("freq --ngram " + n + " --top 100: " + run);
    }
    if (shingles) {
      priceShingles();
    }
    return 0;
  }

  /** What one command took. */
  record Measured(
      int exit,
      double seconds,
      double cpuSeconds,
      long maxRssKb,
      int runFiles,
      int runFilesAtOnce,
      int leftBehind,
      String load,
      String firstLines) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "exit %d, %.1f s wall, %.1f s CPU, peak RSS %d MB, run files %d (at most %d at once, %d"
              + " left), load before/after %s%n%s",
          exit,
          seconds,
          cpuSeconds,
          maxRssKb / 1024,
          runFiles,
          runFilesAtOnce,
          leftBehind,
          load,
          firstLines);
    }
  }

  private Measured measure(List<String> command, Path spill) throws Exception {
    Path report = Files.createTempFile(work, "time", ".txt");
    Path out = Files.createTempFile(work, "out", ".txt");
    List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-v", "-o", report.toString()));
    timed.addAll(command);
    String loadBefore = load();
    Process process =
        new ProcessBuilder(timed)
            .redirectOutput(out.toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    Set<String> seen = new HashSet<>();
    int atOnce = 0;
    while (!process.waitFor(50, TimeUnit.MILLISECONDS)) {
      if (spill != null) {
        List<String> now = runFiles(spill);
        seen.addAll(now);
        atOnce = Math.max(atOnce, now.size());
      }
    }
    String time = Files.readString(report);
    List<String> lines = Files.readAllLines(out);
    String first = String.join("\n", lines.subList(0, Math.min(8, lines.size())));
    Files.delete(report);
    Files.delete(out);
    return new Measured(
        process.exitValue(),
        wallSeconds(time),
        number(time, "User time \\(seconds\\): ([0-9.]+)")
            + number(time, "System time \\(seconds\\): ([0-9.]+)"),
        (long) number(time, "Maximum resident set size \\(kbytes\\): ([0-9]+)"),
        seen.size(),
        atOnce,
        spill == null ? 0 : runFiles(spill).size(),
        loadBefore + " / " + load(),
        first);
  }

  private static List<String> runFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(path -> path.getFileName().toString())
          .filter(name -> name.startsWith("corpus-ngrams-"))
          .toList();
    } catch (NoSuchFileException e) {
      return List.of();
    }
  }

  private static String load() throws IOException {
    String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
    return fields[0] + " " + fields[1] + " " + fields[2];
  }

  private static double number(String text, String pattern) {
    Matcher matcher = Pattern.compile(pattern).matcher(text);
    return matcher.find() ? Double.parseDouble(matcher.group(1)) : -1;
  }

  /** GNU time's "h:mm:ss" or "m:ss.ss". */
  private static double wallSeconds(String time) {
    Matcher matcher =
        Pattern.compile("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\): ([0-9:.]+)")
            .matcher(time);
    if (!matcher.find()) {
      return -1;
    }
    double seconds = 0;
    for (String part : matcher.group(1).split(":")) {
      seconds = seconds * 60 + Double.parseDouble(part);
    }
    return seconds;
  }

  private static long size(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
    }
  }

  /**
   * Plain Lucene (as {@link BareLuceneIndexer}, one thread) with and without a field of 2- to
   * 5-word shingles; then the top 100 bigrams of the whole corpus from that field's dictionary.
   */
  private void priceShingles() throws IOException {
    for (boolean withShingles : new boolean[] {false, true}) {
      Path index = work.resolve(withShingles ? "bare-shingles" : "bare-plain");
      long start = System.nanoTime();
      Analyzer shingled =
          new ShingleAnalyzerWrapper(new StandardAnalyzer(), 2, 5, " ", false, false, "_");
      IndexWriterConfig config =
          new IndexWriterConfig(
              new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of("shingles", shingled)));
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
      config.setRAMBufferSizeMB(64);
      try (FSDirectory dir = FSDirectory.open(index);
          IndexWriter writer = new IndexWriter(dir, config);
          Stream<Path> walk = Files.walk(corpus)) {
        Iterator<Path> paths =
            walk.filter(path -> path.getFileName().toString().endsWith(".txt")).iterator();
        while (paths.hasNext()) {
          Path path = paths.next();
          String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
          Document doc = new Document();
          doc.add(new StringField("path", corpus.relativize(path).toString(), Field.Store.YES));
          doc.add(new TextField("text", text, Field.Store.NO));
          if (withShingles) {
            // Terms and frequencies only: freq needs counts and documents, not positions.
            doc.add(new Field("shingles", text, fieldType()));
          }
          writer.addDocument(doc);
        }
        writer.forceMerge(1);
        writer.commit();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "bare lucene %s: %.1f s (one thread, force-merged), index %.1f MB%n",
          withShingles ? "with shingles 2-5" : "plain",
          seconds,
          size(index) / 1e6);
      if (withShingles) {
        topBigrams(index);
      }
    }
  }

  private static FieldType fieldType() {
    var type = new FieldType();
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    type.setTokenized(true);
    type.freeze();
    return type;
  }

  private static void topBigrams(Path index) throws IOException {
    long start = System.nanoTime();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      Terms terms = MultiTerms.getTerms(reader, "shingles");
      PriorityQueue<Object[]> top =
          new PriorityQueue<>(Comparator.comparingLong(entry -> (Long) entry[1]));
      long distinct = 0;
      TermsEnum termsEnum = terms.iterator();
      for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
        String text = term.utf8ToString();
        if (text.indexOf(' ') != text.lastIndexOf(' ') || text.indexOf(' ') < 0) {
          continue; // not two words
        }
        distinct++;
        top.add(new Object[] {text, termsEnum.totalTermFreq()});
        if (top.size() > 100) {
          top.poll();
        }
      }
      System.out.printf(
          Locale.ROOT,
          "top 100 bigrams from the shingle field: %.2f s, %d distinct bigrams, %d shingle terms%n",
          (System.nanoTime() - start) / 1e9,
          distinct,
          terms.size());
    }
  }
}
