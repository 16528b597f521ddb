package corpus.report;

/** How a result is printed: a human table, or one of the formats other programs read. */
public enum OutputFormat {
  TABLE,
  JSON,
  /** One JSON object per row, no {@code meta}: for streaming into other tools. */
  JSONL,
  CSV
}
