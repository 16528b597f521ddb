package corpus.cli;

import corpus.query.CompareQuery;
import corpus.query.CorpusStore;
import corpus.report.CompareLayout;
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
      "The words that rose and fell most between two sets of articles (A and B: two periods, or two queries), with counts, per million tokens in each, log-likelihood (G²) and log ratio, by G².",
      "With --ngram 2..5, word sequences instead, counted as freq --ngram counts them."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  corpus compare --a-from 2022-01-01 --a-to 2022-12-31 \\",
      "      --b-from 2024-01-01 --b-to 2024-12-31",
      "  corpus compare --a-query putin --b-query xi --top 50 \\",
      "      --format csv -o keywords.csv",
      "  corpus compare --a-to 2023-06-30 --b-from 2023-07-01 --ngram 2"
    })
final class CompareCommand implements Callable<Integer> {
  @ParentCommand CorpusCommand root;
  @Mixin LocationOptions location;
  @Mixin OutputOptions output;
  @Mixin DedupOption dedup;
  @Mixin TwoSetsOptions sets;

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
      description =
          "Include stop words (the, of, и, 的, ...): those of the languages of the articles counted, left out by default.")
  boolean keepStopwords;

  @Option(
      names = "--ngram",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "1 for words, 2 to 5 for word sequences (counted as freq --ngram counts them, exactly in"
              + " bounded memory; no forms and no dispersion).")
  int ngram;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    CompareQuery request =
        Usage.check(
            spec, () -> new CompareQuery(sets.a(), sets.b(), top, minCount, keepStopwords, ngram));
    CorpusStore store = location.store(root.environment);
    sets.queries().forEach(store::checkQuery);
    location.answer(
        root.environment,
        store,
        output,
        dedup,
        List.of(request.a(), request.b()),
        corpus -> corpus.compare(request),
        new CompareLayout());
    return ExitCodes.OK;
  }
}
