package corpus.bench;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The generator's JSON lines shape: one record per article, {@code {"title": ..., "date":
 * "YYYY-MM-DD", "text": ..., "source": ...}}, in files of about {@value RecordFiles#FILE_BYTES}
 * bytes named by number ({@code europarl-00001.jsonl}).
 */
final class JsonLinesFiles extends RecordFiles {

  /** Jackson writes characters beyond ASCII as they are, in UTF-8, as exports usually do. */
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One line of the export. */
  @JsonPropertyOrder({"title", "date", "text", "source"})
  record Line(String title, String date, String text, String source) {}

  JsonLinesFiles(Path folder) {
    super(folder, "jsonl");
  }

  @Override
  long start(OutputStream file) {
    return 0;
  }

  @Override
  long write(OutputStream file, String title, LocalDate date, String text, String source)
      throws IOException {
    byte[] line = JSON.writeValueAsBytes(new Line(title, date.toString(), text, source));
    file.write(line);
    file.write('\n');
    return line.length + 1;
  }

  static String fileName(int number) {
    return fileName(number, "jsonl");
  }
}
