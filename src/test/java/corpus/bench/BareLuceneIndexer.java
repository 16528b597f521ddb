package corpus.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The baseline the tool's indexing speed is compared with: plain Lucene, the same version, doing
 * the least an index of these files needs. What the tool does on top (finding dates, stored text,
 * offsets, token counts, content hashes, doc values, incremental bookkeeping) is what the
 * comparison prices.
 *
 * <p>One document per {@code *.txt} file (hidden files and folders skipped, as the tool does), the
 * text decoded as UTF-8, {@link StandardAnalyzer} (no stop words in Lucene 9), the same 64 MB RAM
 * buffer as the tool, N threads feeding one {@link IndexWriter}, one commit at the end. The index
 * folder is started over.
 */
@Command(
    name = "bare-lucene-indexer",
    mixinStandardHelpOptions = true,
    description = "Index a folder of *.txt files with plain Lucene, as a baseline for the tool.")
public final class BareLuceneIndexer implements Callable<Integer> {

  /** What a run indexed. */
  record Summary(int files, long bytes) {}

  @Option(
      names = "--corpus",
      required = true,
      paramLabel = "DIR",
      description = "The folder to index.")
  Path corpus;

  @Option(
      names = "--index",
      required = true,
      paramLabel = "DIR",
      description = "The index folder; anything in it is replaced.")
  Path index;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Threads feeding the writer (default: available processors, here ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(new CommandLine(new BareLuceneIndexer()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    long start = System.nanoTime();
    Summary summary;
    try {
      summary = index(corpus, index, threads);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double megabytes = summary.bytes() / 1e6;
    System.err.printf(
        Locale.ROOT,
        "bare lucene %s: %d files, %.1f MB, %.2f s, %.2f MB/s (%d threads)%n",
        corpus,
        summary.files(),
        megabytes,
        seconds,
        megabytes / seconds,
        threads);
    return 0;
  }

  static Summary index(Path corpus, Path indexDir, int threads) throws IOException {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    if (!Files.isDirectory(corpus)) {
      throw new IllegalArgumentException("no such folder: " + corpus);
    }
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    config.setRAMBufferSizeMB(64); // as the tool's CorpusIndexer
    config.setCommitOnClose(false);
    AtomicInteger files = new AtomicInteger();
    AtomicLong bytes = new AtomicLong();
    try (FSDirectory dir = FSDirectory.open(indexDir);
        IndexWriter writer = new IndexWriter(dir, config);
        Stream<Path> walk = Files.walk(corpus)) {
      Iterator<Path> paths =
          walk.filter(path -> isArticle(corpus, path))
              .iterator(); // shared by the workers, under its lock
      Callable<Void> worker =
          () -> {
            for (Path path = next(paths); path != null; path = next(paths)) {
              byte[] content = Files.readAllBytes(path);
              Document doc = new Document();
              // The relative path: what a hit must name; stored, and indexed whole for updates.
              doc.add(new StringField("path", relative(corpus, path), Field.Store.YES));
              // The words: positions for phrases, nothing stored, no offsets.
              doc.add(
                  new TextField(
                      "text", new String(content, StandardCharsets.UTF_8), Field.Store.NO));
              writer.addDocument(doc);
              files.incrementAndGet();
              bytes.addAndGet(content.length);
            }
            return null;
          };
      runAll(worker, threads);
      writer.commit();
    }
    return new Summary(files.get(), bytes.get());
  }

  private static void runAll(Callable<Void> worker, int threads) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Void>> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        running.add(pool.submit(worker));
      }
      for (Future<Void> future : running) {
        future.get();
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while indexing", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Path next(Iterator<Path> paths) {
    synchronized (paths) {
      return paths.hasNext() ? paths.next() : null;
    }
  }

  private static boolean isArticle(Path corpus, Path path) {
    if (!path.getFileName().toString().endsWith(".txt") || !Files.isRegularFile(path)) {
      return false;
    }
    for (Path part : corpus.relativize(path)) {
      if (part.toString().startsWith(".")) {
        return false;
      }
    }
    return true;
  }

  private static String relative(Path corpus, Path path) {
    return corpus.relativize(path).toString().replace('\\', '/');
  }
}
