package corpus.load.records;

import java.io.InputStream;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** The export shapes a file of many records can have, told apart by the file's name. */
public enum RecordShape {
  /** One article object, an array of them, or an object that wraps such an array. */
  JSON,
  /** One object per line: .jsonl, .ndjson. */
  JSON_LINES,
  /** A header row, then one row per record, RFC 4180 quoting. */
  CSV,
  /** A header row, then one row per record, tab-separated, no quoting. */
  TSV;

  /**
   * The shape of a file named {@code .json}, {@code .jsonl}, {@code .ndjson}, {@code .csv} or
   * {@code .tsv}, in any case, each also with {@code .gz} after it.
   */
  public static Optional<RecordShape> of(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - ".gz".length());
    }
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    return switch (name.substring(dot + 1)) {
      case "json" -> Optional.of(JSON);
      case "jsonl", "ndjson" -> Optional.of(JSON_LINES);
      case "csv" -> Optional.of(CSV);
      case "tsv" -> Optional.of(TSV);
      default -> Optional.empty();
    };
  }

  /**
   * Reads UTF-8 records from {@code in}, already gunzipped. Nothing is read until the first {@code
   * hasNext()}; closing the stream closes {@code in}.
   */
  public RecordStream open(InputStream in) {
    Objects.requireNonNull(in, "in");
    var text = Utf8Text.of(in);
    return switch (this) {
      case JSON -> new JsonRecordStream(text);
      case JSON_LINES -> new JsonLinesRecordStream(text);
      case CSV -> new CsvRecordStream(text, CsvRecordStream.CSV, "CSV");
      case TSV -> new CsvRecordStream(text, CsvRecordStream.TSV, "TSV");
    };
  }
}
