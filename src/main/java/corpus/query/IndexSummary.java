package corpus.query;

import java.util.List;
import java.util.Map;

/**
 * What one index run did. The counts describe the run; {@code skipped}, {@code undated} and {@code
 * fallbackEncodings} describe the corpus as it now stands, so every run reports them all.
 *
 * @param corpus the folder that was indexed, absolute
 * @param documents articles in the index after the run
 * @param duplicateGroups groups of near-duplicates (wire copies) in the index after the run
 * @param copies articles in those groups other than each group's canonical one: what {@code
 *     --dedup} sets aside
 * @param fields for each record file read in this run, which fields served as what
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
    long documents,
    long duplicateGroups,
    long copies,
    List<FileFields> fields)
    implements Result {

  public IndexSummary {
    skipped = List.copyOf(skipped);
    undated = List.copyOf(undated);
    fallbackEncodings = List.copyOf(fallbackEncodings);
    fields = List.copyOf(fields);
  }

  /**
   * Which fields of one record file served as what: {@code text} from {@code maintext}, {@code
   * date} from {@code date_publish}. A role lists every field that served it in some record.
   *
   * @param file path relative to the corpus folder
   * @param roles role ({@code text}, {@code title}, {@code date}, {@code source}, {@code id}) to
   *     field paths, in role order
   */
  public record FileFields(String file, Map<String, List<String>> roles) {}

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
