package corpus.cli;

import picocli.CommandLine.Option;

/** {@code --dedup}: count each group of near-duplicates (wire copies) once. */
final class DedupOption {
  @Option(
      names = "--dedup",
      description =
          "Count each group of near-duplicates (wire copies) once, as its canonical article (the earliest dated); the others are set aside, and meta.dedup says how many. 'corpus dups' lists the groups.")
  boolean on;
}
