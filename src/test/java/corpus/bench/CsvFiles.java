package corpus.bench;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The generator's CSV shape, as a news archive's spreadsheet export: a header row {@code
 * title,date,source,text}, then one row per article, the date as {@code YYYY-MM-DD}, in files of
 * about {@value RecordFiles#FILE_BYTES} bytes named by number ({@code europarl-00001.csv}). Written
 * by Jackson's CSV generator with RFC 4180 quoting: a field that holds a comma, a quote or a line
 * break is quoted and its quotes doubled; the rows end in {@code \n}, as pandas writes them.
 *
 * <p>The text keeps its paragraphs on lines of their own, as exports do: where the source joined
 * two paragraphs with a run of spaces, the run ends in a blank line instead ({@code "end. Next"}
 * becomes {@code "end. \n\nNext"}), the same number of bytes, so the bytes of article text are
 * those of every other shape and about a third of the rows span several lines.
 */
final class CsvFiles extends RecordFiles {

  private static final CsvMapper CSV = new CsvMapper();

  /** One row of the export, in the header's order. */
  @JsonPropertyOrder({"title", "date", "source", "text"})
  record Row(String title, String date, String source, String text) {}

  private static final CsvSchema SCHEMA = CSV.schemaFor(Row.class).withLineSeparator("\n");

  private static final ObjectWriter WRITER = CSV.writer(SCHEMA.withHeader());

  /** A run of two or more spaces: where the source joined two paragraphs. */
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile(" {2,}");

  private Counting counted;
  private SequenceWriter rows;

  CsvFiles(Path folder) {
    super(folder, "csv");
  }

  @Override
  long start(OutputStream file) throws IOException {
    counted = new Counting(file);
    // The header row is written with the first row; its bytes count towards that row's.
    rows = WRITER.writeValues(counted);
    return 0;
  }

  @Override
  long write(OutputStream file, String title, LocalDate date, String text, String source)
      throws IOException {
    long before = counted.bytes;
    rows.write(new Row(title, date.toString(), source, paragraphLines(text)));
    rows.flush();
    return counted.bytes - before;
  }

  @Override
  public void close() throws IOException {
    if (rows != null) {
      rows.close(); // closes the file too
      rows = null;
    }
    super.close();
  }

  /** The paragraphs on lines of their own, a blank line between them, in the same bytes. */
  static String paragraphLines(String text) {
    return PARAGRAPH_BREAK
        .matcher(text)
        .replaceAll(run -> " ".repeat(run.group().length() - 2) + "\n\n");
  }

  static String fileName(int number) {
    return fileName(number, "csv");
  }

  /** Counts the bytes on their way to the file. */
  private static final class Counting extends FilterOutputStream {
    long bytes;

    Counting(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      bytes += len;
    }
  }
}
