package corpus.cli;

import corpus.query.CorpusStore;
import corpus.query.DispersionParts;
import corpus.query.FrequencyQuery;
import corpus.report.FrequencyLayout;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "freq",
    mixinStandardHelpOptions = true,
    description = {
      "Count words or word sequences, overall or per period.",
      "Term-frequency table: count, articles containing the term, and count per million tokens, for the corpus or per period. Stop words of the articles' languages are left out of the table unless asked for."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  corpus freq --top 20",
      "  corpus freq --by month --query putin --top 10",
      "  corpus freq --by source --top 10",
      "  corpus freq --ngram 2 --from 2023-01-01 --format csv -o bigrams.csv"
    })
final class FreqCommand implements Callable<Integer> {
  @ParentCommand CorpusCommand root;
  @Mixin LocationOptions location;
  @Mixin DateRangeOptions dates;
  @Mixin OutputOptions output;
  @Mixin DedupOption dedup;
  @Mixin SubsetOptions subset;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "25",
      description = "Rows per table; 0 for all (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--query",
      paramLabel = "Q",
      description = "Only articles matching Q (syntax of 'search').")
  String query;

  @Option(
      names = "--by",
      paramLabel = "TABLES",
      converter = Choices.FreqTableChoices.class,
      completionCandidates = Choices.FreqTableChoices.class,
      defaultValue = "none",
      description =
          "none, year, quarter, month, week (ISO) or day: one table per period; source: one table per source (outlet) (default: ${DEFAULT-VALUE}).")
  FreqTables by;

  @Option(
      names = "--min-count",
      paramLabel = "N",
      defaultValue = "1",
      description = "Leave out rows counted fewer than N times.")
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
          "1 for words, 2 to 5 for word sequences (counted exactly in bounded memory, spilling"
              + " sorted runs to the temporary folder when they outgrow it).")
  int ngram;

  @Option(
      names = "--parts",
      paramLabel = "PARTS",
      converter = Choices.PartChoices.class,
      completionCandidates = Choices.PartChoices.class,
      defaultValue = "article",
      description =
          "What each word's dispersion (range, DP, DPnorm, Juilland's D) is measured over within its table: article, year, month or source; none for no dispersion, the fastest table (default: ${DEFAULT-VALUE}).")
  DispersionParts parts;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    FrequencyQuery request =
        Usage.check(
            spec,
            () ->
                new FrequencyQuery(
                    top,
                    dates.range(),
                    query,
                    by.period(),
                    minCount,
                    keepStopwords,
                    ngram,
                    subset.sources(),
                    by == FreqTables.SOURCE,
                    subset.languages(),
                    parts));
    CorpusStore store = location.store(root.environment);
    if (query != null) {
      store.checkQuery(query);
    }
    location.answer(
        root.environment,
        store,
        output,
        dedup,
        List.of(request.selection()),
        corpus -> corpus.frequencies(request),
        new FrequencyLayout());
    return ExitCodes.OK;
  }
}
