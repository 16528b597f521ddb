package corpus.bench;

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
 * The generator's record shapes: one record per article, many to a file, in files of about {@value
 * #FILE_BYTES} bytes named by number ({@code europarl-00001.jsonl}, {@code europarl-00001.csv}), as
 * a news archive's export comes. Records are written as they come; only the number of the first
 * article of each file is kept, for the manifest.
 */
abstract class RecordFiles implements Closeable {

  /** A new file starts once the current one has reached this many bytes. */
  static final long FILE_BYTES = 10_000_000;

  private final Path folder;
  private final String extension;
  private final List<Integer> firstArticles = new ArrayList<>();
  private OutputStream current;
  private long currentBytes;
  private int articles;

  RecordFiles(Path folder, String extension) {
    this.folder = folder;
    this.extension = extension;
  }

  /**
   * Appends one article as a record; returns the bytes written for it (a new file's header too).
   */
  final long add(String title, LocalDate date, String text, String source) throws IOException {
    long bytes = 0;
    if (current == null || currentBytes >= FILE_BYTES) {
      close();
      firstArticles.add(articles);
      current =
          new BufferedOutputStream(
              Files.newOutputStream(
                  folder.resolve(fileName(firstArticles.size(), extension)),
                  StandardOpenOption.CREATE_NEW),
              1 << 16);
      currentBytes = 0;
      bytes += start(current);
    }
    bytes += write(current, title, date, text, source);
    currentBytes += bytes;
    articles++;
    return bytes;
  }

  /** Begins a new file; returns the bytes written (a header row, say). */
  abstract long start(OutputStream file) throws IOException;

  /** Writes one record to the current file; returns its bytes. */
  abstract long write(OutputStream file, String title, LocalDate date, String text, String source)
      throws IOException;

  /** The id the tool gives the record added last: {@code europarl-00001.jsonl#17}. */
  final String lastId() {
    return fileName(firstArticles.size(), extension)
        + "#"
        + (articles - firstArticles.get(firstArticles.size() - 1));
  }

  /** Files written so far. */
  final int files() {
    return firstArticles.size();
  }

  /**
   * The manifest: a row per record, named as the tool names it ({@code europarl-00001.jsonl#17},
   * numbered from 1 within its file), in file and record order, dated by its {@code date} field.
   */
  final void writeManifest(Path manifest, int[] epochDays) throws IOException {
    try (BufferedWriter rows = Files.newBufferedWriter(manifest, StandardCharsets.UTF_8)) {
      rows.write(BenchCorpusGenerator.MANIFEST_HEADER);
      rows.write('\n');
      for (int file = 0; file < firstArticles.size(); file++) {
        int first = firstArticles.get(file);
        int end = file + 1 < firstArticles.size() ? firstArticles.get(file + 1) : articles;
        for (int n = first; n < end; n++) {
          rows.write(
              fileName(file + 1, extension)
                  + "#"
                  + (n - first + 1)
                  + "\t"
                  + LocalDate.ofEpochDay(epochDays[n])
                  + "\tfield\n");
        }
      }
    }
  }

  static String fileName(int number, String extension) {
    return String.format(Locale.ROOT, "europarl-%05d.%s", number, extension);
  }

  @Override
  public void close() throws IOException {
    if (current != null) {
      current.close();
      current = null;
    }
  }
}
