package corpus.index;

import corpus.load.Skipped;
import java.util.List;

/**
 * What one index run did. The counts describe the run; {@code skipped}, {@code undated} and {@code
 * fallbackEncodings} describe the corpus as it now stands, so every run reports them all.
 *
 * @param documents articles in the index after the run
 */
public record IndexSummary(
    String corpus,
    int added,
    int updated,
    int removed,
    int unchanged,
    List<Skipped> skipped,
    List<String> undated,
    List<Decoding> fallbackEncodings,
    long documents) {

  /** An article whose bytes were not valid UTF-8, and the charset it was read with instead. */
  public record Decoding(String id, String encoding) {}
}
