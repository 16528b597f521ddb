package corpus.load.records;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A record's values for each role, trimmed; null where the record has none. The date is the raw
 * string: parsing it is the caller's work, as is reading the language (a code or a name, as
 * written).
 *
 * @param from the field path each value found was read from, as the record spells it ("maintext",
 *     "source.name"), for a summary such as "text from maintext, date from date_publish"
 */
public record MappedRecord(
    String text,
    String title,
    String date,
    String source,
    String id,
    String language,
    Map<Role, String> from) {

  public MappedRecord {
    from = from.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(from));
  }

  /** The value for a role, or null. */
  public String get(Role role) {
    return switch (role) {
      case TEXT -> text;
      case TITLE -> title;
      case DATE -> date;
      case SOURCE -> source;
      case ID -> id;
      case LANGUAGE -> language;
    };
  }
}
