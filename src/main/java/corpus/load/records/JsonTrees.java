package corpus.load.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.regex.Pattern;

/** The one Jackson mapper of the JSON readers, and how they describe what they found. */
final class JsonTrees {
  /**
   * Jackson's defaults, limits included: strings of at most 20 million characters and a bounded
   * nesting depth, so a broken or hostile file costs bounded memory. Decimals stay doubles: with
   * BigDecimal, a valid number such as 1e78901234567891 throws an unchecked exception in the middle
   * of a record, which would end the file; as a double it is Infinity, which no role uses.
   */
  static final ObjectMapper MAPPER = new ObjectMapper();

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
