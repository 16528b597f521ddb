package corpus.cli;

import corpus.query.CompareQuery;
import corpus.query.CorpusStore;
import corpus.query.DateRange;
import corpus.query.Languages;
import corpus.query.Sources;
import corpus.report.CompareLayout;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Find the words that rose and fell most between two sets of articles.",
      "The words that rose and fell most between two sets of articles (A and B: two periods, or two queries), with counts, per million tokens in each, log-likelihood (G²) and log ratio, by G²."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  corpus compare --a-from 2022-01-01 --a-to 2022-12-31 \\",
      "      --b-from 2024-01-01 --b-to 2024-12-31",
      "  corpus compare --a-query putin --b-query xi --top 50 \\",
      "      --format csv -o keywords.csv"
    })
final class CompareCommand implements Callable<Integer> {
  @ParentCommand CorpusCommand root;
  @Mixin LocationOptions location;
  @Mixin OutputOptions output;

  @Option(
      names = "--a-from",
      paramLabel = "DATE",
      converter = DateRangeOptions.IsoDate.class,
      description = "Set A: articles dated on or after DATE.")
  LocalDate aFrom;

  @Option(
      names = "--a-to",
      paramLabel = "DATE",
      converter = DateRangeOptions.IsoDate.class,
      description = "Set A: articles dated on or before DATE.")
  LocalDate aTo;

  @Option(
      names = "--a-query",
      paramLabel = "Q",
      description = "Set A: articles matching Q (syntax of 'search').")
  String aQuery;

  @Option(
      names = "--b-from",
      paramLabel = "DATE",
      converter = DateRangeOptions.IsoDate.class,
      description = "Set B: articles dated on or after DATE.")
  LocalDate bFrom;

  @Option(
      names = "--b-to",
      paramLabel = "DATE",
      converter = DateRangeOptions.IsoDate.class,
      description = "Set B: articles dated on or before DATE.")
  LocalDate bTo;

  @Option(
      names = "--b-query",
      paramLabel = "Q",
      description = "Set B: articles matching Q (syntax of 'search').")
  String bQuery;

  @Option(
      names = "--a-source",
      paramLabel = "NAME",
      description = "Set A: articles from this source (outlet), in any case. Repeatable.")
  List<String> aSources = new ArrayList<>();

  @Option(
      names = "--b-source",
      paramLabel = "NAME",
      description = "Set B: articles from this source (outlet), in any case. Repeatable.")
  List<String> bSources = new ArrayList<>();

  @Option(
      names = "--a-language",
      paramLabel = "CODE",
      description = "Set A: articles in this language (ISO 639-1: en, ru, zh). Repeatable.")
  List<String> aLanguages = new ArrayList<>();

  @Option(
      names = "--b-language",
      paramLabel = "CODE",
      description = "Set B: articles in this language (ISO 639-1: en, ru, zh). Repeatable.")
  List<String> bLanguages = new ArrayList<>();

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "25",
      description = "Rows to show; 0 for all (default: ${DEFAULT-VALUE}).")
  int top;

  // G² of words seen once or twice is mostly noise; 5 is a common floor in keyword studies.
  @Option(
      names = "--min-count",
      paramLabel = "N",
      defaultValue = "5",
      description =
          "Leave out words counted fewer than N times in A and B together (default: ${DEFAULT-VALUE}).")
  int minCount;

  @Option(
      names = "--keep-stopwords",
      description = "Include English stop words (the, of, and, ...).")
  boolean keepStopwords;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    CompareQuery request =
        Usage.check(
            spec,
            () ->
                new CompareQuery(
                    subset("a", aFrom, aTo, aQuery, aSources, aLanguages),
                    subset("b", bFrom, bTo, bQuery, bSources, bLanguages),
                    top,
                    minCount,
                    keepStopwords));
    CorpusStore store = location.store(root.environment);
    for (String query : new String[] {aQuery, bQuery}) {
      if (query != null) {
        store.checkQuery(query);
      }
    }
    location.answer(
        root.environment, store, output, corpus -> corpus.compare(request), new CompareLayout());
    return ExitCodes.OK;
  }

  private static CompareQuery.Subset subset(
      String name,
      LocalDate from,
      LocalDate to,
      String query,
      List<String> sources,
      List<String> languages) {
    DateRange range = DateRange.of(from, to, "--" + name + "-from", "--" + name + "-to");
    return new CompareQuery.Subset(range, query, new Sources(sources), new Languages(languages));
  }
}
