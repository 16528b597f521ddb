package corpus.cli;

import corpus.query.CorpusStore;
import corpus.query.VerifyReport;
import corpus.report.VerifyLayout;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Check the index for damage, and against its corpus folder.",
      "Check the index: Lucene's CheckIndex over its files, then its agreement with the corpus folder (files not indexed, entries whose file is gone, files changed since).",
      "With --solr: the cluster instead (every shard with a live leader, every replica active and holding what its leader holds), then the folder this machine indexed into it."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:healthy: undamaged, and in step with the corpus folder",
      "1:the index could not be read at all, or an index run holds it",
      "3:problems found: damage, or files missing, gone or changed (listed)"
    },
    footerHeading = "%nExamples:%n",
    footer = {"  corpus verify", "  corpus verify --fast --format json"})
final class VerifyCommand implements Callable<Integer> {
  @ParentCommand CorpusCommand root;
  @Mixin LocationOptions location;
  @Mixin OutputOptions output;

  @Option(
      names = "--fast",
      description = "Check checksums only (every byte read once), not the index structures.")
  boolean fast;

  @Override
  public Integer call() throws Exception {
    CorpusStore store = location.store(root.environment);
    output.checkTarget();
    VerifyReport report = store.verify(fast);
    output.emit(root.environment, store, null, report, new VerifyLayout(), Map.of());
    return report.healthy() ? ExitCodes.OK : ExitCodes.PROBLEMS_FOUND;
  }
}
