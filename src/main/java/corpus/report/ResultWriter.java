package corpus.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import corpus.query.Result;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes a result record in the chosen format. It lays out and formats; it never computes. */
public final class ResultWriter {
  private static final CsvFactory CSV = new CsvFactory();

  private final OutputFormat format;
  private final boolean colour;
  private final boolean unicode;

  /**
   * @param colour highlight matches with ANSI colour (table format on a colour terminal only)
   * @param unicode the table may use block characters for sparklines; else plain ASCII
   */
  public ResultWriter(OutputFormat format, boolean colour, boolean unicode) {
    this.format = format;
    this.colour = colour;
    this.unicode = unicode;
  }

  /**
   * @param layout the result's own layout, for every format but JSON
   */
  public <R extends Result> void write(Meta meta, R result, Layout<R> layout, Writer out)
      throws IOException {
    switch (format) {
      case JSON -> writeJson(meta, result, out);
      case JSONL -> writeJsonLines(layout.rows(result), out);
      case CSV -> writeCsv(layout.rows(result), out);
      case TABLE -> new TableRenderer(colour).render(layout.sections(result, unicode), out);
    }
    out.flush();
  }

  private static void writeJson(Meta meta, Result result, Writer out) throws IOException {
    ObjectNode root = JsonSupport.MAPPER.createObjectNode();
    root.set("meta", JsonSupport.MAPPER.valueToTree(meta));
    root.setAll((ObjectNode) JsonSupport.MAPPER.valueToTree(result));
    JsonSupport.MAPPER.writer(JsonSupport.PRETTY).writeValue(out, root);
    out.write('\n');
  }

  private static void writeJsonLines(Table table, Writer out) throws IOException {
    for (List<Object> row : table.rows()) {
      ObjectNode line = JsonSupport.MAPPER.createObjectNode();
      for (int c = 0; c < row.size(); c++) {
        String column = table.columns().get(c);
        line.set(column, JsonSupport.MAPPER.valueToTree(Numbers.forField(column, row.get(c))));
      }
      JsonSupport.MAPPER.writeValue(out, line);
      out.write('\n');
    }
  }

  private static void writeCsv(Table table, Writer out) throws IOException {
    CsvSchema.Builder columns = CsvSchema.builder();
    table.columns().forEach(columns::addColumn);
    try (CsvGenerator csv = CSV.createGenerator(out)) {
      csv.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      csv.setSchema(columns.build().withoutHeader().withLineSeparator("\n"));
      csv.writeStartArray();
      for (String column : table.columns()) {
        csv.writeString(column);
      }
      csv.writeEndArray();
      for (List<Object> row : table.rows()) {
        csv.writeStartArray();
        for (int c = 0; c < row.size(); c++) {
          csv.writeString(Cells.text(Numbers.forField(table.columns().get(c), row.get(c))));
        }
        csv.writeEndArray();
      }
    }
  }
}
