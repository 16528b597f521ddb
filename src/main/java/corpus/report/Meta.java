package corpus.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import corpus.query.IndexInfo;
import java.util.Map;

/**
 * The {@code meta} object every JSON result starts with: enough to know later how the result was
 * produced.
 *
 * @param options the command's effective options, defaults included, by snake_case name
 * @param index the index the answer came from, or null for a command that has none
 * @param dedup with {@code --dedup}: what was set aside; absent otherwise
 */
public record Meta(
    String toolVersion,
    String command,
    Map<String, Object> options,
    IndexInfo index,
    String analyzer,
    @JsonInclude(JsonInclude.Include.NON_NULL) Dedup dedup) {

  public Meta(
      String toolVersion,
      String command,
      Map<String, Object> options,
      IndexInfo index,
      String analyzer) {
    this(toolVersion, command, options, index, analyzer, null);
  }

  /**
   * @param threshold the similarity from which the index took articles for near-duplicates
   * @param copiesSetAside articles the command would have counted that are copies of another
   */
  public record Dedup(double threshold, long copiesSetAside) {}
}
