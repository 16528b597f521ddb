package corpus.cli;

import corpus.query.CorpusStore;
import corpus.query.DocumentList;
import corpus.query.DocumentsQuery;
import corpus.report.DocumentsLayout;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "docs",
    mixinStandardHelpOptions = true,
    description = "List the indexed articles, their dates and where each was found.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  corpus docs",
      "  corpus docs --undated --format csv -o undated.csv",
      "  corpus docs --duplicates"
    })
final class DocsCommand implements Callable<Integer> {
  @ParentCommand CorpusCommand root;
  @Mixin LocationOptions location;
  @Mixin OutputOptions output;
  @Mixin SubsetOptions subset;

  @Option(names = "--undated", description = "Only articles without a date.")
  boolean undated;

  @Option(
      names = "--duplicates",
      description =
          "Only articles in a group of near-duplicates (wire copies): each copy with the canonical article it duplicates and their similarity.")
  boolean duplicates;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    DocumentsQuery query =
        new DocumentsQuery(undated, subset.sources(), subset.languages(), duplicates);
    CorpusStore store = location.store(root.environment);
    DocumentList listed =
        location.answer(
            root.environment,
            store,
            output,
            corpus -> corpus.documents(query),
            new DocumentsLayout());
    if (duplicates && listed.documents().isEmpty()) {
      // An empty list could be read as a failure to look: say that nothing was found.
      spec.commandLine()
          .getErr()
          .println("note: no article is in a group of near-duplicates ('corpus dups' counts them)");
    }
    return ExitCodes.OK;
  }
}
