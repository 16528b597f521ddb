package corpus.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description =
        "Corpus totals: articles, dated and undated, date span, tokens, distinct terms, articles per year.",
    footerHeading = "%nExamples:%n",
    footer = {"  corpus stats", "  corpus stats --format json"})
final class StatsCommand implements Callable<Integer> {
  @ParentCommand CorpusCommand root;
  @Mixin IndexOptions index;
  @Mixin OutputOptions output;

  @Override
  public Integer call() throws Exception {
    index.answer(root.environment, output, corpus -> corpus.stats());
    return ExitCodes.OK;
  }
}
