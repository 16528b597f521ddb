package corpus.cli;

import corpus.query.CorpusStore;
import corpus.query.KwicQuery;
import corpus.query.KwicSort;
import corpus.report.KwicLayout;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "kwic",
    mixinStandardHelpOptions = true,
    description = {
      "Show every match of a query in its context (keyword in context).",
      "Keyword in context: one concordance line per match, in the query syntax of 'search'."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  corpus kwic putin --sort left",
      "  corpus kwic '\"li qiang\"' --width 50 --format csv -o lines.csv"
    })
final class KwicCommand implements Callable<Integer> {
  @ParentCommand CorpusCommand root;
  @Mixin LocationOptions location;
  @Mixin DateRangeOptions dates;
  @Mixin OutputOptions output;
  @Mixin DedupOption dedup;
  @Mixin SubsetOptions subset;

  @Mixin QueryText query;

  @Option(
      names = "--width",
      paramLabel = "CHARS",
      defaultValue = "40",
      description = "Characters of context on each side (default: ${DEFAULT-VALUE}).")
  int width;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      converter = Choices.KwicOrders.class,
      completionCandidates = Choices.KwicOrders.class,
      defaultValue = "date",
      description =
          "left (by the words left of the match, nearest first), right, or date (default: ${DEFAULT-VALUE}).")
  KwicSort sort;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "100",
      description = "Lines to show; 0 for all (default: ${DEFAULT-VALUE}).")
  int limit;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    KwicQuery request =
        Usage.check(
            spec,
            () ->
                new KwicQuery(
                    query.text(),
                    dates.range(),
                    width,
                    sort,
                    limit,
                    subset.sources(),
                    subset.languages()));
    CorpusStore store = location.store(root.environment);
    store.checkQuery(request.query());
    location.answer(
        root.environment,
        store,
        output,
        dedup,
        List.of(request.selection()),
        corpus -> corpus.kwic(request),
        new KwicLayout());
    return ExitCodes.OK;
  }
}
