package corpus.query;

/**
 * A request, from another thread, that the question being answered stop: a shell's Ctrl-C. A
 * backend that can stop checks it while it reads and ends the question with {@link
 * QueryCancelledException}; one that cannot answers whole.
 */
public final class Cancellation {
  private volatile boolean requested;

  /** Asks the running question, if any, to stop. */
  public void request() {
    requested = true;
  }

  /** Before the next question: it runs to its end unless asked again. */
  public void clear() {
    requested = false;
  }

  public boolean requested() {
    return requested;
  }
}
