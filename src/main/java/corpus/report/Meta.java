package corpus.report;

import corpus.query.IndexInfo;
import java.util.Map;

/**
 * The {@code meta} object every JSON result starts with: enough to know later how the result was
 * produced.
 *
 * @param options the command's effective options, defaults included, by snake_case name
 * @param index the index the answer came from, or null for a command that has none
 */
public record Meta(
    String toolVersion,
    String command,
    Map<String, Object> options,
    IndexInfo index,
    String analyzer) {}
