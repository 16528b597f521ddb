package corpus.cli;

import corpus.query.CorpusStore;
import corpus.query.Granularity;
import corpus.query.TrendQuery;
import corpus.query.TrendResult;
import corpus.report.AtomicFile;
import corpus.report.TrendChart;
import corpus.report.TrendLayout;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "trend",
    mixinStandardHelpOptions = true,
    description = {
      "Follow words or phrases period by period, with a trend test.",
      "How often words or phrases occur per period: count, articles, and count per million tokens, every period from the first to the last (empty ones as zeros), with a Mann-Kendall trend test."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  corpus trend putin",
      "  corpus trend drought \"water shortage\" --by quarter --from 2020-01-01",
      "  corpus trend strike --query harbour --by week --format csv -o strike.csv",
      "  corpus trend putin xi --by quarter --plot leaders.svg",
      "  corpus trend sanctions --by year --split source --top-sources 3"
    })
final class TrendCommand implements Callable<Integer> {
  @ParentCommand CorpusCommand root;
  @Mixin LocationOptions location;
  @Mixin DateRangeOptions dates;
  @Mixin OutputOptions output;
  @Mixin DedupOption dedup;
  @Mixin SubsetOptions subset;

  @Parameters(
      arity = "1..*",
      paramLabel = "TERM",
      description = "A word, or a phrase in quotes (\"li qiang\"): one series each.")
  List<String> terms;

  @Option(
      names = "--by",
      paramLabel = "PERIOD",
      converter = Choices.Periods.class,
      completionCandidates = Choices.Periods.class,
      defaultValue = "month",
      description = "year, quarter, month, week (ISO) or day (default: ${DEFAULT-VALUE}).")
  Granularity by;

  @Option(
      names = "--query",
      paramLabel = "Q",
      description = "Only articles matching Q (syntax of 'search').")
  String query;

  @Option(
      names = "--plot",
      paramLabel = "FILE",
      description =
          "Also draw the series as a line chart, in the format its extension names: png or svg.")
  Path plot;

  @Option(
      names = "--split",
      paramLabel = "WHAT",
      converter = Choices.TrendSplitChoices.class,
      completionCandidates = Choices.TrendSplitChoices.class,
      description =
          "source: one series per word or phrase and source (outlet), for the --top-sources sources with most articles.")
  TrendSplit split;

  @Option(
      names = "--top-sources",
      paramLabel = "N",
      defaultValue = "5",
      description = "With --split source: how many sources (default: ${DEFAULT-VALUE}).")
  int topSources;

  @Option(names = "--raw", description = "Chart counts instead of counts per million tokens.")
  boolean raw;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (split != null && topSources < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--top-sources must be 1 or more, not " + topSources);
    }
    TrendQuery request =
        Usage.check(
            spec,
            () ->
                new TrendQuery(
                    terms,
                    by,
                    dates.range(),
                    query,
                    subset.sources(),
                    split == null ? 0 : topSources,
                    subset.languages()));
    if (plot != null) {
      Usage.check(spec, () -> TrendChart.format(plot));
      AtomicFile.checkTarget(plot);
    }
    CorpusStore store = location.store(root.environment);
    request.terms().forEach(store::checkTerm);
    if (query != null) {
      store.checkQuery(query);
    }
    TrendResult result =
        location.answer(
            root.environment,
            store,
            output,
            dedup,
            List.of(request.selection()),
            corpus -> corpus.trend(request),
            new TrendLayout());
    if (plot != null) {
      TrendChart.write(
          result, raw ? TrendChart.Measure.COUNT : TrendChart.Measure.PER_MILLION, plot);
      spec.commandLine().getErr().println("note: chart written to " + plot);
    }
    return ExitCodes.OK;
  }
}
