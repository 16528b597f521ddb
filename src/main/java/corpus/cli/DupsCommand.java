package corpus.cli;

import corpus.query.CorpusStore;
import corpus.query.DuplicatesQuery;
import corpus.report.DuplicatesLayout;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "dups",
    mixinStandardHelpOptions = true,
    description = {
      "List the groups of near-duplicates (wire copies) the index found, largest first.",
      "Two articles are near-duplicates when the exact Jaccard similarity of their 5-word shingles reaches the index's threshold (index --dup-threshold, 0.8 by default); a copy of a copy joins the group. Each group's canonical article (*) is the earliest dated, then the smallest id; --dedup on other commands counts only it."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  corpus dups", "  corpus dups --limit 0 --format csv -o groups.csv"})
final class DupsCommand implements Callable<Integer> {
  @ParentCommand CorpusCommand root;
  @Mixin LocationOptions location;
  @Mixin OutputOptions output;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "20",
      description = "Groups to list; 0 for all (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--min-size",
      paramLabel = "N",
      defaultValue = "2",
      description = "Only groups of at least N articles (default: ${DEFAULT-VALUE}).")
  int minSize;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    DuplicatesQuery request = Usage.check(spec, () -> new DuplicatesQuery(limit, minSize));
    CorpusStore store = location.store(root.environment);
    location.answer(
        root.environment,
        store,
        output,
        corpus -> corpus.duplicates(request),
        new DuplicatesLayout());
    return ExitCodes.OK;
  }
}
