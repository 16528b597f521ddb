package corpus.load.records;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Field names from a header row, one per column and all different, so that no value is lost to
 * another of the same name.
 */
final class HeaderNames {
  private HeaderNames() {}

  /**
   * Names are trimmed. A repeated name gets {@code _2}, {@code _3}, ...: its first column keeps the
   * plain name, as a reader of the header would expect. An empty name becomes {@code column_N}, N
   * the 1-based column (pandas writes its index column without a name: Kaggle's "All the news"
   * header starts {@code ,id,title}). A made-up name never takes a name the header uses itself.
   */
  static List<String> of(List<String> header) {
    List<String> trimmed = header.stream().map(String::strip).toList();
    Set<String> used = new HashSet<>(trimmed);
    used.remove("");
    Set<String> seen = new HashSet<>();
    String[] names = new String[trimmed.size()];
    for (int column = 0; column < names.length; column++) {
      String name = trimmed.get(column);
      if (!name.isEmpty()) {
        names[column] = seen.add(name) ? name : free(name, used);
        used.add(names[column]);
      }
    }
    for (int column = 0; column < names.length; column++) {
      if (trimmed.get(column).isEmpty()) {
        names[column] = free("column_" + (column + 1), used);
        used.add(names[column]);
      }
    }
    return List.of(names);
  }

  private static String free(String name, Set<String> used) {
    String candidate = name;
    for (int suffix = 2; used.contains(candidate); suffix++) {
      candidate = name + "_" + suffix;
    }
    return candidate;
  }
}
