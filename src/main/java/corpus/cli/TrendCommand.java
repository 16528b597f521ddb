package corpus.cli;

import corpus.query.Granularity;
import corpus.query.TrendQuery;
import corpus.query.lucene.LuceneCorpus;
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
      "How often words or phrases occur per period: count, articles, and count per million tokens,",
      "every period from the first to the last (empty ones as zeros), with a Mann-Kendall trend test."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  corpus trend putin",
      "  corpus trend drought \"water shortage\" --by quarter --from 2020-01-01",
      "  corpus trend strike --query harbour --by week --format csv -o strike.csv"
    })
final class TrendCommand implements Callable<Integer> {
  @ParentCommand CorpusCommand root;
  @Mixin IndexOptions index;
  @Mixin DateRangeOptions dates;
  @Mixin OutputOptions output;

  @Parameters(arity = "1..*", paramLabel = "TERM", description = "A word, or a phrase in quotes (\"li qiang\"): one series each.")
  List<String> terms;

  @Option(names = "--by", paramLabel = "PERIOD", defaultValue = "month",
      description = "year, quarter, month, week (ISO) or day (default: ${DEFAULT-VALUE}).")
  Granularity by;

  @Option(names = "--query", paramLabel = "Q", description = "Only articles matching Q (syntax of 'search').")
  String query;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    TrendQuery request = Usage.check(spec, () -> new TrendQuery(terms, by, dates.range(), query));
    LuceneCorpus.checkTrend(request);
    index.answer(root.environment, output, corpus -> corpus.trend(request));
    return ExitCodes.OK;
  }
}
