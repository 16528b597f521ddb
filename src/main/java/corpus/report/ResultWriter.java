package corpus.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
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

  public void write(Meta meta, Object result, Writer out) throws IOException {
    switch (format) {
      case JSON -> writeJson(meta, result, out);
      case JSONL -> writeJsonLines(ResultTables.flat(result), out);
      case CSV -> writeCsv(ResultTables.flat(result), out);
      case TABLE -> new TableRenderer(colour).render(ResultTables.sections(result, unicode), out);
    }
    out.flush();
  }

  private static void writeJson(Meta meta, Object result, Writer out) throws IOException {
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
        line.set(table.columns().get(c), JsonSupport.MAPPER.valueToTree(row.get(c)));
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
      writeCsvRow(csv, table.columns());
      for (List<Object> row : table.rows()) {
        writeCsvRow(csv, row);
      }
    }
  }

  private static void writeCsvRow(CsvGenerator csv, List<?> cells) throws IOException {
    csv.writeStartArray();
    for (Object cell : cells) {
      csv.writeString(Cells.text(cell));
    }
    csv.writeEndArray();
  }
}
