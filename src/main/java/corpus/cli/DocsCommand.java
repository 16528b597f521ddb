package corpus.cli;

import corpus.query.CorpusStore;
import corpus.query.DocumentsQuery;
import corpus.report.DocumentsLayout;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "docs",
    mixinStandardHelpOptions = true,
    description = "List the indexed articles, their dates and where each was found.",
    footerHeading = "%nExamples:%n",
    footer = {"  corpus docs", "  corpus docs --undated --format csv -o undated.csv"})
final class DocsCommand implements Callable<Integer> {
  @ParentCommand CorpusCommand root;
  @Mixin LocationOptions location;
  @Mixin OutputOptions output;
  @Mixin SubsetOptions subset;

  @Option(names = "--undated", description = "Only articles without a date.")
  boolean undated;

  @Override
  public Integer call() throws Exception {
    DocumentsQuery query = new DocumentsQuery(undated, subset.sources(), subset.languages());
    CorpusStore store = location.store(root.environment);
    location.answer(
        root.environment, store, output, corpus -> corpus.documents(query), new DocumentsLayout());
    return ExitCodes.OK;
  }
}
