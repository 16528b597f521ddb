package corpus.load.records;

/** The invariant both kinds of record share. */
final class Positions {
  private Positions() {}

  static void check(int number, long line) {
    if (number < 1 || line < 1) {
      throw new IllegalArgumentException(
          "record numbers and lines start at 1: record " + number + ", line " + line);
    }
  }
}
