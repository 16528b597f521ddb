package corpus.query;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which sources (outlets) a question is asked of: {@code --source TASS --source Xinhua}. Names
 * match whatever case the export wrote them in; an article without a source is in no named set.
 *
 * @param names as the user typed them; empty for every article
 */
public record Sources(List<String> names) {
  public static final Sources ALL = new Sources(List.of());

  public Sources {
    names = List.copyOf(names);
    if (names.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("--source needs a name");
    }
  }

  /** The same sources however they were typed: {@code TASS} is {@code tass}. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Sources sources
        && Set.copyOf(keys()).equals(Set.copyOf(sources.keys()));
  }

  @Override
  public int hashCode() {
    return Set.copyOf(keys()).hashCode();
  }

  public boolean all() {
    return names.isEmpty();
  }

  /** The names as matched: lower case, trimmed. */
  public List<String> keys() {
    return names.stream().map(Sources::key).distinct().toList();
  }

  /** How a source is matched, in the index and in a filter alike. */
  public static String key(String source) {
    return source.strip().toLowerCase(Locale.ROOT);
  }
}
