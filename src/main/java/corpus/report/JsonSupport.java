package corpus.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import corpus.query.Snippet;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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
    values.setSerializerModifier(new RoundedFields());
    ObjectMapper mapper = new ObjectMapper();
    mapper.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    mapper.registerModule(values);
    // The caller owns stdout; Jackson must not close it after the first result.
    mapper.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    mapper.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    // Results pass through a tree (meta first); the tree must keep 0.0 as written, not turn it
    // into 0, or a decimal field's type would depend on its value.
    mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    return mapper;
  }

  private static final class SnippetSerializer extends JsonSerializer<Snippet> {
    @Override
    public void serialize(Snippet snippet, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(Cells.marked(snippet, Cells.MARK_START, Cells.MARK_END));
    }
  }

  /** Plain decimals ({@link Numbers#plain}); a number that is not one is null. */
  private static class PlainDoubleSerializer extends JsonSerializer<Double> {
    @Override
    public void serialize(Double value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (value.isNaN() || value.isInfinite()) {
        gen.writeNull();
        return;
      }
      gen.writeNumber(Numbers.plain(value));
    }
  }

  /** A field with fixed decimals ({@link Numbers#decimalsOf}): rounded, then written plain. */
  private static final class RoundingSerializer extends PlainDoubleSerializer {
    private final int decimals;

    RoundingSerializer(int decimals) {
      this.decimals = decimals;
    }

    @Override
    public void serialize(Double value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      super.serialize(Numbers.round(value, decimals), gen, provider);
    }
  }

  /**
   * Gives every record property with fixed decimals its rounding serializer, by its JSON name, so
   * the results keep full precision and JSON rounds them as CSV does.
   */
  private static final class RoundedFields extends BeanSerializerModifier {
    @Override
    public List<BeanPropertyWriter> changeProperties(
        SerializationConfig config, BeanDescription bean, List<BeanPropertyWriter> properties) {
      for (BeanPropertyWriter property : properties) {
        Integer decimals = Numbers.decimalsOf(property.getName());
        Class<?> type = property.getType().getRawClass();
        if (decimals != null && (type == double.class || type == Double.class)) {
          @SuppressWarnings("unchecked")
          JsonSerializer<Object> rounding =
              (JsonSerializer<Object>) (JsonSerializer<?>) new RoundingSerializer(decimals);
          property.assignSerializer(rounding);
        }
      }
      return properties;
    }
  }
}
