package corpus.cli;

import java.util.List;
import picocli.CommandLine.Parameters;

/** The query as typed after the command; several words are one query, joined by spaces. */
final class QueryText {
  static final String LABEL = "QUERY";

  @Parameters(
      arity = "1..*",
      paramLabel = LABEL,
      description =
          "Lucene classic query syntax; several words are joined with spaces (all must occur).")
  List<String> words;

  String text() {
    return String.join(" ", words);
  }
}
