package corpus.report;

import corpus.query.WordForm;
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

  /**
   * A row's written forms for CSV and JSON lines: {@code путина 3; путину 2}, or null when its
   * words are not grouped.
   */
  static String forms(List<WordForm> forms) {
    if (forms.isEmpty()) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    for (WordForm form : forms) {
      text.append(text.length() == 0 ? "" : "; ")
          .append(form.form())
          .append(' ')
          .append(form.count());
    }
    return text.toString();
  }

  /** The forms alone, for a terminal: {@code путина, путину}. */
  static String formNames(List<WordForm> forms) {
    return String.join(", ", forms.stream().map(WordForm::form).toList());
  }

  /** "1 hit", "2 hits", "3 matches". */
  static String count(long n, String noun) {
    String plural = noun.endsWith("ch") ? noun + "es" : noun + "s";
    return n + " " + (n == 1 ? noun : plural);
  }

  /**
   * A named figure; unlike {@link Map#entry}, the value may be null (a missing date is a value).
   */
  static <V> Map.Entry<String, V> figure(String name, V value) {
    return new AbstractMap.SimpleImmutableEntry<>(name, value);
  }

  /** Figures as {@code name, value} rows. */
  static List<List<Object>> figures(List<? extends Map.Entry<String, ?>> figures) {
    List<List<Object>> rows = new ArrayList<>();
    figures.forEach(figure -> rows.add(row(figure.getKey(), figure.getValue())));
    return rows;
  }

  /*
   * The index and verify exports mix counts, files and messages in one table, so each kind of row
   * fills its own typed columns: "count" rows a whole number in `count`, "file" rows a file id in
   * `file` (with a reason or encoding in `detail`), "status" and "damage" rows a text in `detail`.
   * A count row and the file rows it counts share their `name`.
   */
  static final List<String> KIND_NAME_COUNT_FILE_DETAIL =
      List.of("kind", "name", "count", "file", "detail");

  /** A count; null when it is not known (the documents of a damaged index). */
  static List<Object> countRow(String name, Long count) {
    return row("count", name, count, null, null);
  }

  static List<Object> fileRow(String name, String file, String detail) {
    return row("file", name, null, file, detail);
  }

  static List<Object> statusRow(String name, String text) {
    return row("status", name, null, null, text);
  }

  static List<Object> damageRow(String message) {
    return row("damage", null, null, null, message);
  }

  /** A one-column table of file names under a heading, added only when there are any. */
  static void addFileList(List<Table> tables, String heading, List<String> files) {
    if (!files.isEmpty()) {
      List<List<Object>> rows = new ArrayList<>();
      files.forEach(file -> rows.add(row(file)));
      tables.add(new Table(heading, List.of("file"), rows));
    }
  }

  static final List<String> NAME_VALUE = List.of("name", "value");
}
