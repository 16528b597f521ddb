package corpus.cli;

import corpus.query.CompareQuery;
import corpus.query.CorpusStore;
import corpus.query.DateRange;
import corpus.query.Languages;
import corpus.query.Sources;
import corpus.report.StatsLayout;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = {
      "Show corpus totals: articles, dates, tokens, distinct terms, years.",
      "Corpus totals: articles, dated and undated, date span, tokens, distinct terms, articles per year."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  corpus stats", "  corpus stats --format json", "  corpus stats --source TASS"})
final class StatsCommand implements Callable<Integer> {
  @ParentCommand CorpusCommand root;
  @Mixin LocationOptions location;
  @Mixin OutputOptions output;
  @Mixin DedupOption dedup;
  @Mixin SubsetOptions subset;

  @Override
  public Integer call() throws Exception {
    Sources counted = subset.sources();
    Languages languages = subset.languages();
    CorpusStore store = location.store(root.environment);
    location.answer(
        root.environment,
        store,
        output,
        dedup,
        List.of(new CompareQuery.Subset(DateRange.ALL, null, counted, languages)),
        corpus -> corpus.stats(counted, languages),
        new StatsLayout());
    return ExitCodes.OK;
  }
}
