package corpus.load.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Locale;
import java.util.regex.Pattern;

/** The one Jackson mapper of the JSON readers, and how they describe what they found. */
final class JsonTrees {
  /**
   * Decimals as BigDecimal so a timestamp like 1702981860.123456 keeps every digit it was written
   * with. Jackson's own limits stay on: strings of at most 20 million characters and a bounded
   * nesting depth, so a broken or hostile file costs bounded memory.
   */
  static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  /** Jackson names the place of an earlier token, e.g. an array's start, with its whole source. */
  private static final Pattern SOURCE_LOCATION =
      Pattern.compile("\\[Source: [^\\]]*; line: (\\d+), column: (\\d+)\\]");

  private JsonTrees() {}

  /** "malformed JSON at line 3, column 7: Unexpected character ..." */
  static String problem(JsonProcessingException failure, String where) {
    String kind =
        failure instanceof StreamConstraintsException ? "JSON beyond limits" : "malformed JSON";
    String message = failure.getOriginalMessage();
    String detail =
        message == null
            ? failure.getClass().getSimpleName()
            : SOURCE_LOCATION.matcher(message).replaceAll("line $1, column $2");
    return kind + " at " + where + ": " + detail;
  }

  static String kind(JsonToken token) {
    return switch (token) {
      case START_ARRAY -> "an array";
      case START_OBJECT -> "an object";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.name();
    };
  }

  static String kind(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }
}
