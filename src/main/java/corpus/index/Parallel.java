package corpus.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.IntStream;

/**
 * Numbered tasks that read an index, spread over the cores (the common fork-join pool), with the
 * first read failure thrown as the {@link IOException} it was.
 */
public final class Parallel {
  private Parallel() {}

  /** One task of {@link #run}, told its number. */
  @FunctionalInterface
  public interface Task {
    void run(int task) throws IOException;
  }

  /** Runs tasks 0 to {@code count} − 1 and waits for them all. */
  public static void run(int count, Task task) throws IOException {
    try {
      IntStream.range(0, count)
          .parallel()
          .forEach(
              t -> {
                try {
                  task.run(t);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
