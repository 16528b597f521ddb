package corpus.load.records;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a record's field can be to the index. */
public enum Role {
  TEXT,
  TITLE,
  DATE,
  SOURCE,
  ID,
  LANGUAGE;

  /** The name users write and read: "text", "date". */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The role of that name, in any case. */
  public static Optional<Role> named(String label) {
    return Arrays.stream(values()).filter(role -> role.name().equalsIgnoreCase(label)).findFirst();
  }

  /** "text, title, date, source, id, language", for messages. */
  public static String labels() {
    return Arrays.stream(values()).map(Role::label).collect(Collectors.joining(", "));
  }
}
