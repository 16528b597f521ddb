package corpus.cli;

/** Exit codes, listed in the root command's help. */
final class ExitCodes {
  private ExitCodes() {}

  static final int OK = 0;

  /** The index or a file could not be read or written, or another index run holds the lock. */
  static final int FAILURE = 1;

  /** The user's input: an unknown option, a missing folder, a malformed query. */
  static final int USAGE = 2;

  /** {@code verify} ran and found the index damaged or out of step with its corpus folder. */
  static final int PROBLEMS_FOUND = 3;

  /**
   * A shell's question stopped by Ctrl-C: 128 + SIGINT, as a shell reports a command it stopped.
   */
  static final int CANCELLED = 130;
}
