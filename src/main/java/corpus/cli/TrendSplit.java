package corpus.cli;

/** What {@code trend --split} makes one series per, besides each term. */
enum TrendSplit {
  SOURCE
}
