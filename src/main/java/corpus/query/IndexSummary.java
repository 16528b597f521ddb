package corpus.query;

import java.util.List;

/**
 * What one index run did. The counts describe the run; {@code skipped}, {@code undated} and {@code
 * fallbackEncodings} describe the corpus as it now stands, so every run reports them all.
 *
 * @param corpus the folder that was indexed, absolute
 * @param documents articles in the index after the run
 */
public record IndexSummary(
    String corpus,
    int added,
    int updated,
    int removed,
    int unchanged,
    List<SkippedFile> skipped,
    List<String> undated,
    List<FallbackDecoding> fallbackEncodings,
    long documents)
    implements Result {

  public IndexSummary {
    skipped = List.copyOf(skipped);
    undated = List.copyOf(undated);
    fallbackEncodings = List.copyOf(fallbackEncodings);
  }

  /**
   * A file (or folder) that is not indexed, and why.
   *
   * @param id path relative to the corpus folder, '/'-separated
   * @param reason one short line, e.g. {@code binary (NUL bytes)}
   */
  public record SkippedFile(String id, String reason) {}

  /** An article whose bytes were not valid UTF-8, and the charset it was read with instead. */
  public record FallbackDecoding(String id, String encoding) {}
}
