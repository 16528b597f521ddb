package corpus.load.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordShapeTest {

  @ParameterizedTest
  @CsvSource({
    "articles.json, JSON",
    "ARTICLES.JSON, JSON",
    "2024/news.json.gz, JSON",
    "cc-news.jsonl, JSON_LINES",
    "CC-NEWS.JSONL.GZ, JSON_LINES",
    "feed.ndjson, JSON_LINES",
    "feed.NDJSON.gz, JSON_LINES",
    "articles1.csv, CSV",
    "articles1.CSV.GZ, CSV",
    "export.tsv, TSV",
    "export.Tsv.Gz, TSV",
  })
  void knowsTheShapeByTheName(String name, RecordShape shape) {
    assertEquals(Optional.of(shape), RecordShape.of(name));
  }

  @ParameterizedTest
  @CsvSource({"notes.txt", "archive.gz", "json", "jsonl.txt", "data.json.zip", "README"})
  void otherNamesAreNoShape(String name) {
    assertEquals(Optional.empty(), RecordShape.of(name));
  }
}
