package corpus.index;

import java.util.Collection;
import java.util.List;

public final class UserDictionary {
  public static final UserDictionary EMPTY = new UserDictionary(List.of());
  private final List<String> words;

  private UserDictionary(List<String> words) {
    this.words = words;
  }

  public static UserDictionary of(Collection<String> words) {
    return new UserDictionary(List.copyOf(words));
  }

  public List<String> words() {
    return words;
  }
}
