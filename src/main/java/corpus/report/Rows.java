package corpus.report;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Small pieces the layouts share. */
final class Rows {
  private Rows() {}

  static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }

  /** "1 hit", "2 hits", "3 matches". */
  static String count(long n, String noun) {
    String plural = noun.endsWith("ch") ? noun + "es" : noun + "s";
    return n + " " + (n == 1 ? noun : plural);
  }

  /**
   * A named figure; unlike {@link Map#entry}, the value may be null (a missing date is a value).
   */
  static Map.Entry<String, Object> figure(String name, Object value) {
    return new AbstractMap.SimpleImmutableEntry<>(name, value);
  }

  /** Figures as {@code name, value} rows. */
  static List<List<Object>> figures(List<Map.Entry<String, Object>> figures) {
    List<List<Object>> rows = new ArrayList<>();
    figures.forEach(figure -> rows.add(row(figure.getKey(), figure.getValue())));
    return rows;
  }

  /** Figures as {@code kind, id, detail} rows, the shape of the index and verify exports. */
  static List<List<Object>> kindRows(List<Map.Entry<String, Object>> figures) {
    List<List<Object>> rows = new ArrayList<>();
    figures.forEach(figure -> rows.add(row(figure.getKey(), null, figure.getValue())));
    return rows;
  }

  /** A one-column table of file names under a heading, added only when there are any. */
  static void addFileList(List<Table> tables, String heading, List<String> files) {
    if (!files.isEmpty()) {
      List<List<Object>> rows = new ArrayList<>();
      files.forEach(file -> rows.add(row(file)));
      tables.add(new Table(heading, List.of("file"), rows));
    }
  }

  static final List<String> KIND_ID_DETAIL = List.of("kind", "id", "detail");

  static final List<String> NAME_VALUE = List.of("name", "value");
}
