package corpus.cli;

import corpus.index.IndexVerifier;
import corpus.index.VerifyReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Check the index: Lucene's CheckIndex over its files, then its agreement with the corpus folder",
      "(files not indexed, entries whose file is gone, files changed since). Exit code 0 when healthy, 1 if not."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  corpus verify", "  corpus verify --fast --format json"})
final class VerifyCommand implements Callable<Integer> {
  @ParentCommand CorpusCommand root;
  @Mixin IndexOptions index;
  @Mixin OutputOptions output;

  @Option(
      names = "--fast",
      description = "Check checksums only (every byte read once), not the index structures.")
  boolean fast;

  @Override
  public Integer call() throws Exception {
    VerifyReport report = new IndexVerifier().verify(index.indexDir(root.environment), fast);
    output.emit(root.environment, null, report, index.resolved(root.environment));
    return report.healthy() ? ExitCodes.OK : ExitCodes.FAILURE;
  }
}
