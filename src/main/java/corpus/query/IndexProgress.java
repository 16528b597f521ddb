package corpus.query;

/** Told how an index run advances; the command line draws it, the indexer never prints. */
public interface IndexProgress {
  IndexProgress NONE = new IndexProgress() {};

  /** Called once, before any file is read. */
  default void start(int files, long bytes) {}

  /** Called from worker threads as each file is done (read or found unchanged). */
  default void fileDone(long bytes) {}

  default void finish() {}
}
