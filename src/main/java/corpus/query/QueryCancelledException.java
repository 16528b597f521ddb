package corpus.query;

/** A question stopped before its answer because its {@link Cancellation} was requested. */
public final class QueryCancelledException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public QueryCancelledException() {
    super("cancelled");
  }
}
