package corpus.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import corpus.query.Snippet;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The one Jackson set-up: snake_case names, ISO dates, plain decimals, '\n' line ends. */
final class JsonSupport {
  private JsonSupport() {}

  static final ObjectMapper MAPPER = create();

  static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                  .withArrayEmptySeparator("")
                  .withObjectEmptySeparator(""))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private static ObjectMapper create() {
    SimpleModule values = new SimpleModule("corpus-values");
    values.addSerializer(LocalDate.class, ToStringSerializer.instance);
    values.addSerializer(Instant.class, ToStringSerializer.instance);
    values.addSerializer(Snippet.class, new SnippetSerializer());
    values.addSerializer(Double.class, new PlainDoubleSerializer());
    values.addSerializer(double.class, new PlainDoubleSerializer());
    ObjectMapper mapper = new ObjectMapper();
    mapper.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    mapper.registerModule(values);
    // The caller owns stdout; Jackson must not close it after the first result.
    mapper.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    mapper.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    return mapper;
  }

  private static final class SnippetSerializer extends JsonSerializer<Snippet> {
    @Override
    public void serialize(Snippet snippet, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(Cells.marked(snippet, Cells.MARK_START, Cells.MARK_END));
    }
  }

  /** 0.0001 rather than 1.0E-4, 12 rather than 12.0: stable and easy to read. */
  private static final class PlainDoubleSerializer extends JsonSerializer<Double> {
    @Override
    public void serialize(Double value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (value.isNaN() || value.isInfinite()) {
        gen.writeNull();
        return;
      }
      BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
      gen.writeNumber(decimal.scale() < 0 ? decimal.setScale(0) : decimal);
    }
  }
}
