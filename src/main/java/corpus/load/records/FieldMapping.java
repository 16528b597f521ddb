package corpus.load.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which field of a record holds its text, title, date, source, id and language.
 *
 * <p>By default each role has a list of usual names, tried in order, first those spelled exactly,
 * then the same list ignoring case; the first field with a usable value wins. A role given a path
 * with {@link #with} uses that path alone: the user said where the value is, and a fallback would
 * hide a typo. A path is dotted into nested objects ({@code meta.published}); a field whose own
 * name has a dot in it ({@code source.name}, as pandas flattens JSON into CSV headers) is found
 * too, and first.
 *
 * <p>A usable value is a string or a number, trimmed and not blank. Numbers are given as plain text
 * ({@code 1702981860}, never {@code 1.70298186E9} or {@code 1702981860.0}); one of more than 64
 * digits before or after the point is no id or timestamp and counts as missing, as do booleans,
 * nulls, arrays and objects, except that a source may be an object with a {@code name} (NewsAPI's
 * {@code "source": {"id": null, "name": "Reuters"}}).
 */
public final class FieldMapping {
  private static final Map<Role, List<String>> USUAL_NAMES =
      Collections.unmodifiableMap(
          new EnumMap<>(
              Map.of(
                  Role.TEXT,
                  List.of("text", "body", "content", "maintext", "article", "full_text", "story"),
                  Role.TITLE,
                  List.of("title", "headline"),
                  Role.DATE,
                  List.of(
                      "date",
                      "published",
                      "published_at",
                      "publishedAt",
                      "date_publish",
                      "datePublished",
                      "pubDate",
                      "publish_date",
                      "timestamp"),
                  Role.SOURCE,
                  List.of(
                      "source",
                      "source_domain",
                      "domain",
                      "publication",
                      "outlet",
                      "site",
                      "media_name",
                      "publisher"),
                  Role.ID,
                  List.of("id", "url", "link", "guid"),
                  Role.LANGUAGE,
                  List.of("language", "lang", "languageCode", "language_code", "inLanguage"))));

  private static final int MAX_DIGITS = 64;

  private final Map<Role, String> overrides;

  private FieldMapping(Map<Role, String> overrides) {
    this.overrides = overrides;
  }

  /** The usual names for every role. */
  public static FieldMapping detect() {
    return new FieldMapping(Map.of());
  }

  /** This mapping with {@code role} read from {@code dottedPath} only. */
  public FieldMapping with(Role role, String dottedPath) {
    Objects.requireNonNull(role, "role");
    if (dottedPath == null || dottedPath.isBlank()) {
      throw new IllegalArgumentException("no field path for " + role.label());
    }
    Map<Role, String> changed = new EnumMap<>(Role.class);
    changed.putAll(overrides);
    changed.put(role, dottedPath.strip());
    return new FieldMapping(Collections.unmodifiableMap(changed));
  }

  /**
   * The usual names, but for the roles given as {@code role=path} ({@code text=story_body}, {@code
   * date=meta.published}).
   *
   * @throws IllegalArgumentException naming the entry that is not role=path, names an unknown role,
   *     has no path, or maps a role mapped before
   */
  public static FieldMapping parse(List<String> overrides) {
    FieldMapping mapping = detect();
    for (String entry : overrides) {
      int equals = entry.indexOf('=');
      if (equals < 0) {
        throw badEntry(entry, "is not role=path");
      }
      String label = entry.substring(0, equals).strip();
      String path = entry.substring(equals + 1).strip();
      Role role =
          Role.named(label).orElseThrow(() -> badEntry(entry, "names no role (\"" + label + "\")"));
      if (path.isEmpty()) {
        throw badEntry(entry, "has no field path after '='");
      }
      if (mapping.overrides.containsKey(role)) {
        throw badEntry(
            entry, "maps " + role.label() + " again (already " + mapping.overrides.get(role) + ")");
      }
      mapping = mapping.with(role, path);
    }
    return mapping;
  }

  private static IllegalArgumentException badEntry(String entry, String problem) {
    return new IllegalArgumentException(
        Reasons.oneLine(
            "field mapping \"" + entry + "\" " + problem + "; roles: " + Role.labels()));
  }

  /** The record's value for each role, and where each was found. Never throws. */
  public MappedRecord map(ObjectNode fields) {
    Map<Role, String> values = new EnumMap<>(Role.class);
    Map<Role, String> from = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      Found found = find(fields, role);
      if (found != null) {
        values.put(role, found.value());
        from.put(role, found.path());
      }
    }
    return new MappedRecord(
        values.get(Role.TEXT),
        values.get(Role.TITLE),
        values.get(Role.DATE),
        values.get(Role.SOURCE),
        values.get(Role.ID),
        values.get(Role.LANGUAGE),
        from);
  }

  private record Found(String path, String value) {}

  private Found find(ObjectNode fields, Role role) {
    String override = overrides.get(role);
    List<String> paths = override != null ? List.of(override) : USUAL_NAMES.get(role);
    for (boolean ignoreCase : new boolean[] {false, true}) {
      for (String path : paths) {
        Found found = first(fields, path, "", ignoreCase, role == Role.SOURCE);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /**
   * The first usable value at {@code path} below {@code node}: a field with the whole path as its
   * name, else, for each dot from the left, the part before it naming an object and the rest found
   * inside.
   */
  private static Found first(
      JsonNode node, String path, String prefix, boolean ignoreCase, boolean named) {
    if (!(node instanceof ObjectNode object)) {
      return null;
    }
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      if (sameName(field.getKey(), path, ignoreCase)) {
        Found found = usable(prefix + field.getKey(), field.getValue(), named);
        if (found != null) {
          return found;
        }
      }
    }
    for (int dot = path.indexOf('.'); dot >= 0; dot = path.indexOf('.', dot + 1)) {
      String head = path.substring(0, dot);
      String rest = path.substring(dot + 1);
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        if (sameName(field.getKey(), head, ignoreCase)) {
          Found found =
              first(field.getValue(), rest, prefix + field.getKey() + ".", ignoreCase, named);
          if (found != null) {
            return found;
          }
        }
      }
    }
    return null;
  }

  private static boolean sameName(String name, String wanted, boolean ignoreCase) {
    return ignoreCase ? name.equalsIgnoreCase(wanted) : name.equals(wanted);
  }

  private static Found usable(String path, JsonNode value, boolean named) {
    if (named && value.isObject()) {
      return usable(path + ".name", value.path("name"), false);
    }
    String text = value.isTextual() ? value.textValue() : value.isNumber() ? plain(value) : null;
    return text == null || text.isBlank() ? null : new Found(path, text.strip());
  }

  /** A number as written in plain digits, or null if it has too many to be a value of a role. */
  private static String plain(JsonNode number) {
    BigDecimal exact;
    if (number.isIntegralNumber()) {
      exact = new BigDecimal(number.bigIntegerValue());
    } else if (number.isDouble() || number.isFloat()) {
      // What the JSON readers give for a decimal; a number beyond a double's range is infinite.
      double value = number.doubleValue();
      if (!Double.isFinite(value)) {
        return null;
      }
      exact = BigDecimal.valueOf(value);
    } else {
      exact = number.decimalValue();
    }
    exact = exact.stripTrailingZeros();
    if (exact.scale() > MAX_DIGITS || exact.precision() - exact.scale() > MAX_DIGITS) {
      return null;
    }
    return exact.toPlainString();
  }

  /** Records are named by a field the user gave ({@code --field id=url}), not by their number. */
  public boolean givesId() {
    return overrides.containsKey(Role.ID);
  }

  /** The path the user gave for {@code role}, or null when the usual names are looked for. */
  public String path(Role role) {
    return overrides.get(role);
  }

  /** Where {@code role} is looked for, for a message: {@code looked in text, body, ...}. */
  public String describe(Role role) {
    return overrides.containsKey(role)
        ? "looked in " + overrides.get(role)
        : "looked in " + String.join(", ", USUAL_NAMES.get(role));
  }

  /**
   * The mapping as one line, {@code text=story_body date=meta.published}, empty for the usual
   * names: what makes two runs read the same record as the same article.
   */
  public String describeAll() {
    StringBuilder line = new StringBuilder();
    overrides.forEach(
        (role, path) ->
            line.append(line.length() == 0 ? "" : " ")
                .append(role.label())
                .append('=')
                .append(path));
    return line.toString();
  }
}
