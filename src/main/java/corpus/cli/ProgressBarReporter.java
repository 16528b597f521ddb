package corpus.cli;

import corpus.query.IndexProgress;
import java.io.PrintStream;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Draws an index run's progress on stderr: MB done, rate, time left, and files done. */
final class ProgressBarReporter implements IndexProgress {
  /** Columns the bar takes: it fits an 80-column terminal and never changes width. */
  static final int WIDTH = 79;

  /** Short runs finish before a bar would tell anyone anything. */
  private static final int MIN_FILES = 200;

  private final PrintStream stderr;
  private final AtomicInteger filesDone = new AtomicInteger();
  private volatile ProgressBar bar;
  private volatile int files;

  ProgressBarReporter(PrintStream stderr) {
    this.stderr = stderr;
  }

  @Override
  public void start(int fileCount, long bytes) {
    files = fileCount;
    if (fileCount < MIN_FILES) {
      return;
    }
    bar =
        new ProgressBarBuilder()
            .setTaskName("Indexing")
            .setInitialMax(Math.max(1, bytes))
            .setUnit(" MB", 1024 * 1024)
            // "0.3 MB/s", never ".3 MB/s"; the same width however large the numbers grow.
            .showSpeed(new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT)))
            .setMaxRenderedLength(WIDTH)
            .setStyle(ProgressBarStyle.ASCII)
            .setConsumer(new ConsoleProgressBarConsumer(stderr))
            .setUpdateIntervalMillis(500)
            .build();
  }

  @Override
  public void fileDone(long bytes) {
    int done = filesDone.incrementAndGet();
    ProgressBar current = bar;
    if (current != null) {
      current.stepBy(bytes);
      current.setExtraMessage(" " + done + "/" + files + " files");
    }
  }

  @Override
  public void finish() {
    ProgressBar current = bar;
    if (current != null) {
      current.close();
    }
  }
}
