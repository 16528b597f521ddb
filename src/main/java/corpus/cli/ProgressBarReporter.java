package corpus.cli;

import corpus.query.IndexProgress;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Draws an index run's progress on stderr: MB done, rate, time left, and files done. */
final class ProgressBarReporter implements IndexProgress {
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
            .showSpeed()
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
