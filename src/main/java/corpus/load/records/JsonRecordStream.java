package corpus.load.records;

import static corpus.load.records.JsonTrees.MAPPER;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;
import java.util.Set;

/**
 * A JSON document read token by token. Each top-level value is read by the same rule, so a .json
 * file that really holds one object per line (as Hugging Face exports do) reads too:
 *
 * <ul>
 *   <li>an array: each element is a record; an element that is not an object is a bad record;
 *   <li>an object holding, among its own fields or those of its object fields (two levels: {@code
 *       articles}, {@code response.docs}, {@code hits.hits}), an array whose first element is an
 *       object under one of the {@linkplain #CONTAINERS container names}: the first such array's
 *       elements are the records and the rest of the object is skipped;
 *   <li>any other object: one record;
 *   <li>anything else: a bad record.
 * </ul>
 *
 * <p>Only named arrays make a wrapper, because articles themselves often hold arrays of objects
 * ({@code authors}, {@code images}, {@code tags}) and cutting such an article into its authors
 * would lose it. An empty container array is not taken as a wrapper: the object is then one record
 * (which an empty result page, mapped, shows as a record without text) rather than silently
 * nothing.
 *
 * <p>An object is read field by field until the rule decides, so a wrapper's records are streamed
 * and only its other fields are held; each record is read as one tree. A syntax error ends the
 * file: a broken JSON document gives no place to start again.
 */
final class JsonRecordStream extends OutcomeStream {
  static final Set<String> CONTAINERS =
      Set.of(
          "articles",
          "data",
          "docs",
          "documents",
          "entries",
          "hits",
          "items",
          "news",
          "posts",
          "records",
          "results",
          "rows",
          "stories");

  /** Fields of the top-level object, and fields of its object fields. */
  private static final int CONTAINER_DEPTH = 2;

  private final Reader input;
  private final JsonParser parser;

  private boolean inContainer;

  /** Objects still open around the records' array once it ends. */
  private int enclosingObjects;

  /** The container's first token, read to see that it starts an object. */
  private JsonToken firstElement;

  /** Where the record being read starts, for a syntax error inside it; 0 between records. */
  private long recordLine;

  JsonRecordStream(Reader input) {
    this.input = input;
    try {
      this.parser = MAPPER.createParser(input);
    } catch (IOException unreachable) {
      // Creating a parser on a Reader reads nothing.
      throw new IllegalStateException(unreachable);
    }
  }

  @Override
  protected RecordOutcome readNext() throws IOException {
    while (true) {
      if (inContainer) {
        RecordOutcome element = nextElement();
        if (element != null) {
          return element;
        }
        closeEnclosingObjects();
        inContainer = false;
      }
      JsonToken token = parser.nextToken();
      if (token == null) {
        return null;
      }
      long line = tokenLine();
      if (token == JsonToken.START_ARRAY) {
        inContainer = true;
        enclosingObjects = 0;
      } else if (token == JsonToken.START_OBJECT) {
        recordLine = line;
        ObjectNode whole = readUnlessWrapper(1);
        recordLine = 0;
        if (whole != null) {
          return raw(line, whole);
        }
      } else {
        return bad(
            line,
            "the top-level value is " + JsonTrees.kind(token) + ", not an object or an array");
      }
    }
  }

  /** The next element of the records' array, or null at its end. */
  private RecordOutcome nextElement() throws IOException {
    JsonToken token = firstElement != null ? firstElement : parser.nextToken();
    firstElement = null;
    if (token == null || token == JsonToken.END_ARRAY) {
      return null;
    }
    long line = tokenLine();
    if (token != JsonToken.START_OBJECT) {
      parser.skipChildren();
      return bad(line, "an element that is " + JsonTrees.kind(token) + ", not an object");
    }
    recordLine = line;
    ObjectNode fields = (ObjectNode) MAPPER.readTree(parser);
    recordLine = 0;
    return raw(line, fields);
  }

  /**
   * Reads the object whose start is the current token. Returns it whole, or null when one of its
   * fields at most {@link #CONTAINER_DEPTH} levels down turns out to hold the records: the parser
   * then stands at that array's first element.
   */
  private ObjectNode readUnlessWrapper(int depth) throws IOException {
    ObjectNode object = MAPPER.createObjectNode();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (value == JsonToken.START_ARRAY && isContainer(name)) {
        JsonToken first = parser.nextToken();
        if (first == JsonToken.START_OBJECT) {
          inContainer = true;
          enclosingObjects = depth;
          firstElement = first;
          return null;
        }
        object.set(name, restOfArray(first));
      } else if (value == JsonToken.START_OBJECT && depth < CONTAINER_DEPTH) {
        ObjectNode inner = readUnlessWrapper(depth + 1);
        if (inner == null) {
          return null;
        }
        object.set(name, inner);
      } else {
        JsonNode field = MAPPER.readTree(parser);
        object.set(name, field);
      }
    }
    return object;
  }

  private ArrayNode restOfArray(JsonToken first) throws IOException {
    ArrayNode array = MAPPER.createArrayNode();
    for (JsonToken token = first;
        token != null && token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      JsonNode element = MAPPER.readTree(parser);
      array.add(element);
    }
    return array;
  }

  private static boolean isContainer(String name) {
    return CONTAINERS.contains(name.toLowerCase(Locale.ROOT));
  }

  /** After the records' array: the rest of the wrapper, read for its syntax only. */
  private void closeEnclosingObjects() throws IOException {
    while (enclosingObjects > 0) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return; // Jackson reports an object cut short itself; this is the end of a clean file
      } else if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        parser.skipChildren();
      } else if (token == JsonToken.END_OBJECT) {
        enclosingObjects--;
      }
    }
  }

  private long tokenLine() {
    return parser.currentTokenLocation().getLineNr();
  }

  @Override
  protected BadRecord endWith(IOException failure) {
    if (failure instanceof JsonProcessingException json) {
      JsonLocation where =
          json.getLocation() != null ? json.getLocation() : parser.currentLocation();
      long line = recordLine > 0 ? recordLine : where.getLineNr();
      String at = "line " + where.getLineNr() + ", column " + where.getColumnNr();
      return bad(line, JsonTrees.problem(json, at));
    }
    return unreadable(currentLine(), failure);
  }

  @Override
  protected long currentLine() {
    return recordLine > 0 ? recordLine : parser.currentLocation().getLineNr();
  }

  @Override
  protected void closeInput() throws IOException {
    closeBoth(parser, input);
  }
}
