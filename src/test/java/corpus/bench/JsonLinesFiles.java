package corpus.bench;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The generator's JSON lines shape: one record per article, {@code {"title": ..., "date":
 * "YYYY-MM-DD", "text": ..., "source": ...}}, in files of about {@value #FILE_BYTES} bytes named by
 * number ({@code europarl-00001.jsonl}), as a news archive's export comes. Records are written as
 * they come; only the number of the first article of each file is kept, for the manifest.
 */
final class JsonLinesFiles implements Closeable {

  /** A new file starts once the current one has reached this many bytes. */
  static final long FILE_BYTES = 10_000_000;

  /** Jackson writes characters beyond ASCII as they are, in UTF-8, as exports usually do. */
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One line of the export. */
  @JsonPropertyOrder({"title", "date", "text", "source"})
  record Line(String title, String date, String text, String source) {}

  private final Path folder;
  private final List<Integer> firstArticles = new ArrayList<>();
  private OutputStream current;
  private long currentBytes;
  private int articles;

  JsonLinesFiles(Path folder) {
    this.folder = folder;
  }

  /** Appends one article as a record; returns the bytes written. */
  long add(String title, LocalDate date, String text, String source) throws IOException {
    if (current == null || currentBytes >= FILE_BYTES) {
      close();
      firstArticles.add(articles);
      current =
          new BufferedOutputStream(
              Files.newOutputStream(
                  folder.resolve(fileName(firstArticles.size())), StandardOpenOption.CREATE_NEW),
              1 << 16);
      currentBytes = 0;
    }
    byte[] line = JSON.writeValueAsBytes(new Line(title, date.toString(), text, source));
    current.write(line);
    current.write('\n');
    currentBytes += line.length + 1;
    articles++;
    return line.length + 1;
  }

  /** Files written so far. */
  int files() {
    return firstArticles.size();
  }

  /**
   * The manifest: a row per record, named as the tool names it ({@code europarl-00001.jsonl#17},
   * numbered from 1 within its file), in file and record order, dated by its {@code date} field.
   */
  void writeManifest(Path manifest, int[] epochDays) throws IOException {
    try (BufferedWriter rows = Files.newBufferedWriter(manifest, StandardCharsets.UTF_8)) {
      rows.write(BenchCorpusGenerator.MANIFEST_HEADER);
      rows.write('\n');
      for (int file = 0; file < firstArticles.size(); file++) {
        int first = firstArticles.get(file);
        int end = file + 1 < firstArticles.size() ? firstArticles.get(file + 1) : articles;
        for (int n = first; n < end; n++) {
          rows.write(
              fileName(file + 1)
                  + "#"
                  + (n - first + 1)
                  + "\t"
                  + LocalDate.ofEpochDay(epochDays[n])
                  + "\tfield\n");
        }
      }
    }
  }

  static String fileName(int number) {
    return String.format(Locale.ROOT, "europarl-%05d.jsonl", number);
  }

  @Override
  public void close() throws IOException {
    if (current != null) {
      current.close();
      current = null;
    }
  }
}
