package corpus.cli;

import corpus.query.CorpusStore;
import corpus.query.SearchQuery;
import corpus.query.SearchSort;
import corpus.report.SearchLayout;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Find the articles that match a query, ranked, with a snippet each.",
      "Find articles. Lucene's classic syntax: words (all must occur), \"a phrase\", OR, NOT, -word, prefix*, fuzzy~, \"near words\"~5, title:word, (grouping)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  corpus search putin",
      "  corpus search '\"li qiang\" AND moscow' --from 2023-01-01 --sort date",
      "  corpus search 'sanction*' --limit 0 --format csv -o hits.csv"
    })
final class SearchCommand implements Callable<Integer> {
  @ParentCommand CorpusCommand root;
  @Mixin LocationOptions location;
  @Mixin DateRangeOptions dates;
  @Mixin OutputOptions output;
  @Mixin DedupOption dedup;
  @Mixin SubsetOptions subset;

  @Mixin QueryText query;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "10",
      description = "Hits to show; 0 for all (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      defaultValue = "relevance",
      converter = Choices.SearchOrders.class,
      completionCandidates = Choices.SearchOrders.class,
      description =
          "relevance, date (oldest first) or -date (newest first); default: ${DEFAULT-VALUE}.")
  SearchSort sort;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    SearchQuery request =
        Usage.check(
            spec,
            () ->
                new SearchQuery(
                    query.text(),
                    dates.range(),
                    limit,
                    sort,
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
        corpus -> corpus.search(request),
        new SearchLayout());
    return ExitCodes.OK;
  }
}
